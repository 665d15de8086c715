using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>TXN001: a provider taxonomy code on the claim exists in the NUCC health care provider taxonomy.</summary>
public sealed class TaxonomyCodeRule : ProviderRule
{
    public static readonly RuleDescriptor Rule = new("TXN001", FindingSeverity.Block, "Provider taxonomy code unknown");

    public TaxonomyCodeRule() : base(Rule)
    {
    }

    protected override void CheckProvider(in ClaimValidationContext context, FindingCollector findings, ClaimProvider provider, string role, int? lineNumber)
    {
        if (provider.TaxonomyCode is { Length: > 0 } taxonomy && !context.Codes.IsTaxonomy(taxonomy, context.Claim.FirstServiceDate ?? context.Today))
        {
            Report(findings, ProviderField(role, lineNumber, "taxonomyCode"), lineNumber, $"Taxonomy code '{taxonomy}' is not in the NUCC provider taxonomy.", "Use the taxonomy code the provider registered in NPPES (ten characters, e.g. 103K00000X).");
        }
    }
}
