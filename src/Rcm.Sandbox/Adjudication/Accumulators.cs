namespace Rcm.Sandbox.Adjudication;

/// <summary>Deductible and out-of-pocket amounts a member has met this plan year.</summary>
public sealed record Accumulators(decimal DeductibleMet, decimal OutOfPocketMet);
