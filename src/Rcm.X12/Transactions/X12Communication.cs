namespace Rcm.X12.Transactions;

/// <summary>One PER communication pair: qualifier (e.g. <c>TE</c>) and number.</summary>
public sealed record X12Communication(string Qualifier, string Number);
