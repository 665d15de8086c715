namespace Rcm.Codes.Import;

/// <summary>What an import did: a change summary per set version applied, the data files written, and
/// files in a folder or zip that were not a recognised layout.</summary>
public sealed record ImportResult(IReadOnlyList<ChangeSummary> Changes, IReadOnlyList<string> Written, IReadOnlyList<string> Skipped);
