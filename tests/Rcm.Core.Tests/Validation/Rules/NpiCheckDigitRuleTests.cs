using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class NpiCheckDigitRuleTests
{
    private static readonly NpiCheckDigitRule Rule = new();

    [Theory]
    [InlineData("1234567893")]
    [InlineData("1000000004")]
    [InlineData("1345678902")]
    public void Passes_valid_npis(string npi) =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.Npi = npi).Build()));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234567894")]
    [InlineData("123456789")]
    [InlineData("12345678AB")]
    public void Fires_on_bad_billing_npi(string npi) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.BillingProvider.Npi = npi).Build()), "NPI001", "billingProvider.npi");

    [Fact]
    public void Fires_on_bad_line_rendering_npi()
    {
        var claim = ClaimBuilder.Valid837P().WithLineChange(1, l => l.RenderingProvider = new ClaimProvider { Name = "X", Npi = "1234567894" }).Build();
        var finding = Single(Run(Rule, claim), "NPI001", "lines[1].renderingProvider.npi");
        Assert.Equal(1, finding.LineNumber);
    }
}
