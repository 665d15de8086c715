namespace Rcm.Sandbox.Payers;

/// <summary>
/// Services this payer does not manage because another payer does (e.g. behavioural health carved out of a medical
/// plan): lines whose procedure starts with one of the prefixes deny CO-109 with N418 (misrouted claim).
/// </summary>
public sealed record CarveOutRule(IReadOnlyList<string> ProcedurePrefixes, string ToPayerId);
