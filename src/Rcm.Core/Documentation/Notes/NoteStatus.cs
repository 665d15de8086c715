namespace Rcm.Core.Documentation.Notes;

/// <summary>Where a visit-note version stands.</summary>
public enum NoteStatus
{
    /// <summary>Being written; values can change.</summary>
    Draft,

    /// <summary>Signed by the rendering provider; frozen. Coding may start once it is complete.</summary>
    Signed,

    /// <summary>Was signed, then replaced by an amendment (a newer version); frozen and kept as it was signed.</summary>
    Amended,
}
