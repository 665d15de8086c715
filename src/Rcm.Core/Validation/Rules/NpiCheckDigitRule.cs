using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>NPI001: every NPI on the claim is ten digits with a correct check digit (CMS NPI check-digit rule, Luhn with prefix 80840).</summary>
public sealed class NpiCheckDigitRule : ProviderRule
{
    public static readonly RuleDescriptor Rule = new("NPI001", FindingSeverity.Block, "NPI is malformed or fails its check digit");

    public NpiCheckDigitRule() : base(Rule)
    {
    }

    protected override void CheckProvider(in ClaimValidationContext context, FindingCollector findings, ClaimProvider provider, string role, int? lineNumber)
    {
        if (provider.Npi is { Length: > 0 } npi && !NpiCheckDigit.IsValid(npi))
        {
            Report(findings, ProviderField(role, lineNumber, "npi"), lineNumber, $"NPI '{npi}' is not a valid NPI (ten digits with a correct check digit).", "Copy the NPI from the NPPES registry; a single mistyped digit fails the check.");
        }
    }
}
