namespace Rcm.Codes.Import;

/// <summary>What the user told `rcm codes import` beyond the file itself.</summary>
/// <param name="SetId">The set, when the file's layout does not say (codes-only lists).</param>
/// <param name="Effective">The version's effective date, when the file name does not say.</param>
public sealed record ImportOptions(string? SetId = null, DateOnly? Effective = null);
