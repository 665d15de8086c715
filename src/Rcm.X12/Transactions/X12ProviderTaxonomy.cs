namespace Rcm.X12.Transactions;

/// <summary>PRV: provider code (PRV01, e.g. <c>BI</c> billing, <c>PE</c> performing), qualifier (PRV02, <c>PXC</c>) and taxonomy (PRV03).</summary>
public sealed record X12ProviderTaxonomy(string ProviderCode, string? Qualifier, string? Taxonomy);
