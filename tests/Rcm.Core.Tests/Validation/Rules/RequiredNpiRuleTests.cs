using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class RequiredNpiRuleTests
{
    private static readonly RequiredNpiRule Rule = new();

    [Fact]
    public void Passes_when_every_provider_has_an_npi() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_when_billing_npi_missing() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.Npi = null).Build()), "NPI002", "billingProvider.npi");

    [Fact]
    public void Fires_when_referring_provider_named_without_npi() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.ReferringProvider = new ClaimProvider { Name = "Smith" }).Build()), "NPI002", "referringProvider.npi");
}
