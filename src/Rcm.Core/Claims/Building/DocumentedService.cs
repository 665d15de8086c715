namespace Rcm.Core.Claims.Building;

/// <summary>A service the completed note documents, as coded: the code, its time or units, and which diagnoses it treats.</summary>
/// <param name="ProcedureCode">CPT or HCPCS code.</param>
/// <param name="Minutes">Face-to-face minutes, for timed (15-minute) codes; the builder turns them into units per payer.</param>
/// <param name="Units">Units for untimed codes (1 when neither minutes nor units are given).</param>
/// <param name="Modifiers">Modifiers the coder already chose.</param>
/// <param name="DiagnosisNumbers">1-based positions in the note's diagnosis list, most relevant first; empty = the principal.</param>
/// <param name="RevenueCode">Institutional revenue code.</param>
public sealed record DocumentedService(
    string ProcedureCode,
    int? Minutes = null,
    decimal? Units = null,
    IReadOnlyList<string>? Modifiers = null,
    IReadOnlyList<int>? DiagnosisNumbers = null,
    string? RevenueCode = null);
