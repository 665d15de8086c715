namespace Rcm.Codes.Import;

/// <summary>What an import changed in one set, compared as of the new version's effective date.</summary>
public sealed record ChangeSummary(
    string SetId,
    string Version,
    DateOnly Effective,
    int Added,
    int Deleted,
    int Revised,
    int Unchanged,
    int RowsBefore,
    int RowsAfter,
    IReadOnlyList<string> AddedSample,
    IReadOnlyList<string> DeletedSample,
    IReadOnlyList<string> RevisedSample)
{
    /// <summary>How many codes of each kind to name in the summary.</summary>
    public const int SampleSize = 10;

    public bool HasChanges => Added + Deleted + Revised > 0;
}
