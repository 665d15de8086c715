namespace Rcm.Core.Documentation.Notes;

/// <summary>What happened to a note; the audit trail and the UI timeline read the same events.</summary>
public enum NoteEventKind
{
    Started,
    FieldsChanged,
    Signed,
    AmendmentStarted,
    Superseded,
}
