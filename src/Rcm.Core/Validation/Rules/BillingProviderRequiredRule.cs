namespace Rcm.Core.Validation.Rules;

/// <summary>CLM003: the billing provider's name, address (with ZIP+4) and tax id, which every 837 must carry.</summary>
public sealed class BillingProviderRequiredRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM003", FindingSeverity.Block, "Billing provider data missing");

    public BillingProviderRequiredRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var billing = context.Claim.BillingProvider;
        if (string.IsNullOrWhiteSpace(billing.Name))
        {
            Report(findings, "billingProvider.name", null, "The billing provider has no name.", "Set the practice's legal name in the practice settings.");
        }

        if (billing.Address is not { } address || string.IsNullOrWhiteSpace(address.Line1) || string.IsNullOrWhiteSpace(address.City)
            || address.State.Length != 2)
        {
            Report(findings, "billingProvider.address", null, "The billing provider's street address, city or state is missing.", "Complete the practice's billing address.");
        }
        else if (address.PostalCode.Length != 9 || !CodeText.IsDigits(address.PostalCode))
        {
            // X222A1 2010AA N403: the billing provider ZIP code must be the full nine digits.
            Report(findings, "billingProvider.address.postalCode", null, $"The billing provider's ZIP code '{address.PostalCode}' is not nine digits (ZIP+4).", "Enter the full ZIP+4 of the billing address.");
        }

        if (billing.TaxId is not { Length: 9 } taxId || !CodeText.IsDigits(taxId))
        {
            Report(findings, "billingProvider.taxId", null, "The billing provider's tax id (EIN) is missing or not nine digits.", "Enter the practice's nine-digit EIN without the dash.");
        }
    }
}
