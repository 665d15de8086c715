namespace Rcm.Core.Validation.Rules;

/// <summary>
/// TXN002: the billing provider carries a taxonomy code. The 837 makes it situational (X222A1 2000A PRV), but most payers
/// that enrol a practice under several specialties deny or misroute claims without it.
/// </summary>
public sealed class BillingTaxonomyRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("TXN002", FindingSeverity.Warn, "Billing provider taxonomy missing");

    public BillingTaxonomyRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        if (string.IsNullOrWhiteSpace(context.Claim.BillingProvider.TaxonomyCode))
        {
            Report(findings, "billingProvider.taxonomyCode", null, "The billing provider has no taxonomy code.", "Add the taxonomy the practice is enrolled under with this payer.");
        }
    }
}
