namespace Rcm.X12.Guides;

/// <summary>How a transaction's ST01 and version found a guide.</summary>
public enum GuideMatchKind
{
    /// <summary>No guide covers this transaction set and version.</summary>
    None,

    /// <summary>The version is the guide's own (e.g. 005010X222A1).</summary>
    Exact,

    /// <summary>
    /// The version names another addendum of a guide we hold (005010X222A2, 005010X279 without A1…): the transaction
    /// is checked against our guide and a warning says so.
    /// </summary>
    Variant,
}
