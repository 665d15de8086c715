using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class TotalChargeRuleTests
{
    private static readonly TotalChargeRule Rule = new();

    [Fact]
    public void Passes_when_total_equals_lines() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", charge: 95.50m).Build()));

    [Fact]
    public void Fires_when_total_differs()
    {
        var finding = Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.TotalCharge = 250m).Build()), "CLM004", "totalCharge");
        Assert.Contains("240.00", finding.Fix, StringComparison.Ordinal);
    }
}
