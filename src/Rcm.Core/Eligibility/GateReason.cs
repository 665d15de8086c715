namespace Rcm.Core.Eligibility;

/// <summary>Why gate 1 refuses a visit, with a stable code (ELG…, see docs/eligibility.md) and the fix in plain words.</summary>
public sealed record GateReason(string Code, string Reason, string Fix);
