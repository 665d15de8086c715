using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class LineUnitsRuleTests
{
    private static readonly LineUnitsRule Rule = new();

    [Fact]
    public void Passes_positive_units() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Fires_on_bad_units(int units) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.Units = units).Build()), "LIN002", "lines[1].units");
}
