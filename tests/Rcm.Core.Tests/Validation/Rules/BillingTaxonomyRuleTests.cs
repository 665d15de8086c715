using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class BillingTaxonomyRuleTests
{
    private static readonly BillingTaxonomyRule Rule = new();

    [Fact]
    public void Passes_when_billing_taxonomy_present() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Warns_when_billing_taxonomy_missing()
    {
        var finding = Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.TaxonomyCode = null).Build()), "TXN002", "billingProvider.taxonomyCode");
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
    }
}
