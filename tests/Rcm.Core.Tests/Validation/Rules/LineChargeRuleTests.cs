using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class LineChargeRuleTests
{
    private static readonly LineChargeRule Rule = new();

    [Fact]
    public void Passes_positive_charge() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Fires_on_zero_or_negative_charge(int charge) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.Charge = charge).Build()), "LIN001", "lines[1].charge");
}
