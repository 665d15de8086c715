using Rcm.Core.Coding;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Coding;

public sealed class TimeUnitCalculatorTests
{
    [Theory]
    [InlineData(7, TimeUnitRule.Midpoint, 0)]
    [InlineData(8, TimeUnitRule.Midpoint, 1)]
    [InlineData(22, TimeUnitRule.Midpoint, 1)]
    [InlineData(23, TimeUnitRule.Midpoint, 2)]
    [InlineData(60, TimeUnitRule.Midpoint, 4)]
    [InlineData(14, TimeUnitRule.WholeUnits, 0)]
    [InlineData(29, TimeUnitRule.WholeUnits, 1)]
    [InlineData(60, TimeUnitRule.WholeUnits, 4)]
    public void Units_for_one_code(int minutes, TimeUnitRule rule, int units) =>
        Assert.Equal(units, TimeUnitCalculator.UnitsForCode(minutes, rule));

    [Theory]
    // CMS Pub. 100-04 ch. 5 §20.2: 33 min 97110 + 7 min 97112 = 40 min = 3 units: 2 + 1.
    [InlineData(new[] { 33, 7 }, new[] { 2, 1 })]
    // 7 + 7 = 14 min: one unit, to the first of equal leftovers.
    [InlineData(new[] { 7, 7 }, new[] { 1, 0 })]
    // 24 + 23 = 47 min = 3 units: 1 full each, the extra to the larger leftover (9 vs 8).
    [InlineData(new[] { 24, 23 }, new[] { 2, 1 })]
    public void Cms_8_minute_rule_spreads_the_days_units(int[] minutes, int[] units) =>
        Assert.Equal(units, TimeUnitCalculator.UnitsForDay(minutes, TimeUnitRule.Cms8Minute));

    [Fact]
    public void Other_rules_count_each_code_alone() =>
        Assert.Equal([0, 0], TimeUnitCalculator.UnitsForDay([7, 7], TimeUnitRule.Midpoint));
}
