namespace Rcm.X12.Transactions.Remittance;

/// <summary>One PLB adjustment: reason (e.g. <c>WO</c> overpayment recovery, <c>L6</c> interest, <c>FB</c> forward balance), reference and amount (negative increases the payment).</summary>
public sealed record ProviderAdjustmentItem(string ReasonCode, string? ReferenceId, decimal Amount);
