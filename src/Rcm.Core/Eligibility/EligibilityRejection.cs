namespace Rcm.Core.Eligibility;

/// <summary>An AAA rejection in plain words with what the front desk should do about it.</summary>
public sealed record EligibilityRejection(string Code, string Words, string Fix);
