namespace Rcm.X12.Transactions;

/// <summary>AMT: a qualified monetary amount, e.g. <c>F5</c> patient amount paid, <c>D</c> payer paid, <c>AU</c> coverage amount.</summary>
public sealed record X12Amount(string Qualifier, decimal Amount);
