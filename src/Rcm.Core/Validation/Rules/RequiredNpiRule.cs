using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>NPI002: every provider named on the claim carries an NPI (required for HIPAA covered providers since 2008, 45 CFR 162.410).</summary>
public sealed class RequiredNpiRule : ProviderRule
{
    public static readonly RuleDescriptor Rule = new("NPI002", FindingSeverity.Block, "Provider NPI missing");

    public RequiredNpiRule() : base(Rule)
    {
    }

    protected override void CheckProvider(in ClaimValidationContext context, FindingCollector findings, ClaimProvider provider, string role, int? lineNumber)
    {
        if (string.IsNullOrWhiteSpace(provider.Npi))
        {
            Report(findings, ProviderField(role, lineNumber, "npi"), lineNumber, $"The {role} has no NPI.", "Add the provider's NPI in the provider directory.");
        }
    }
}
