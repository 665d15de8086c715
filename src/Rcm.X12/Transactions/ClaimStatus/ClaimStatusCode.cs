namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>One health care claim status composite (C043): category (507, e.g. <c>A1</c> acknowledged, <c>A3</c> rejected, <c>F1</c> finalized/paid), status (508), entity (98) and code list qualifier.</summary>
public sealed record ClaimStatusCode(string Category, string? Status, string? Entity, string? CodeListQualifier);
