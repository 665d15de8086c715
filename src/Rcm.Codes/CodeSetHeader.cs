namespace Rcm.Codes;

/// <summary>
/// What a stored code-set version says about itself: which set, which version of the publisher's data,
/// where it came from, the dates it covers and the gaps we know of. Written into every data file.
/// </summary>
/// <param name="Id">Set id used by the CLI (`icd10cm`, `ncci`, …); see <see cref="CodeSetIds"/>.</param>
/// <param name="Title">Human name of the set.</param>
/// <param name="Version">Publisher's version label(s), e.g. "FY2024 + FY2025".</param>
/// <param name="Source">Where the rows came from (files, publisher).</param>
/// <param name="CoverageStart">First day of service the data is known for; earlier look-ups are flagged.</param>
/// <param name="DataThrough">Last day the newest loaded version is known to be current; later look-ups are flagged stale.</param>
/// <param name="LatestEffective">Effective day of the newest version applied; imports must not go back before it.</param>
/// <param name="Gaps">Known gaps, in plain words.</param>
public sealed record CodeSetHeader(
    string Id,
    string Title,
    string Version,
    string Source,
    DateOnly CoverageStart,
    DateOnly DataThrough,
    DateOnly LatestEffective,
    IReadOnlyList<string> Gaps);
