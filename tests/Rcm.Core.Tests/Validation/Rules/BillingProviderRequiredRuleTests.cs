using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class BillingProviderRequiredRuleTests
{
    private static readonly BillingProviderRequiredRule Rule = new();

    [Fact]
    public void Passes_complete_billing_provider() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_when_zip_is_five_digits() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.Address = new PostalAddress("1 A St", null, "X", "IL", "62701")).Build()),
            "CLM003", "billingProvider.address.postalCode");

    [Fact]
    public void Fires_when_tax_id_has_a_dash() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.TaxId = "12-3456789").Build()), "CLM003", "billingProvider.taxId");

    [Fact]
    public void Fires_when_address_missing() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.Address = null).Build()), "CLM003", "billingProvider.address");
}
