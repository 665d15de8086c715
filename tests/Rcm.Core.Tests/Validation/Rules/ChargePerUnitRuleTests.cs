using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ChargePerUnitRuleTests
{
    private static readonly ChargePerUnitRule Rule = new();

    [Fact]
    public void Passes_ordinary_charge() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Warns_on_charge_per_unit_above_ten_thousand() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => { l.Units = 1; l.Charge = 24000m; }).Build()), "LIN003", "lines[1].charge");
}
