namespace Rcm.Sandbox.Payers;

/// <summary>A payer rule: lines with this procedure must carry this modifier, or they deny CO-4.</summary>
public sealed record ModifierRule(string Procedure, string Modifier, string Reason);
