using Rcm.Sandbox.Adjudication;

namespace Rcm.Sandbox.Batch;

/// <summary>One CLP of an 835: the claim record and the outcome reported for it (a reversal carries negated amounts).</summary>
public sealed record RemittanceItem(ClaimRecord Record, ClaimOutcome Outcome);
