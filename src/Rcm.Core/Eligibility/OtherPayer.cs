namespace Rcm.Core.Eligibility;

/// <summary>A payer the 271 names in 2120C: the primary (COB) or the plan the member moved to. <see cref="ServiceType"/> is the EB03 it applies to (e.g. MH for a carve-out).</summary>
public sealed record OtherPayer(string? Name, string? PayerCode, bool IsPrimary, string ServiceType);
