using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class MueUnitsRuleTests
{
    private static readonly MueUnitsRule Rule = new();

    [Fact]
    public void Passes_units_within_limit() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.Units = 32).Build()));

    [Fact]
    public void Fires_when_day_total_exceeds_date_of_service_limit()
    {
        // MUE practitioner 2024Q3: 97153 = 32 units per day (MAI 3), split over two lines.
        var claim = ClaimBuilder.Valid837P().WithLineChange(1, l => l.Units = 20).WithLine("97153", units: 16).Build();
        Single(Run(Rule, claim), "MUE001", "lines[1].units");
    }

    [Fact]
    public void Counts_days_separately() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.Units = 20).WithLine("97153", units: 20, date: ClaimBuilder.ServiceDate.AddDays(1)).Build()));

    [Fact]
    public void Applies_line_limit_to_each_line()
    {
        var claim = ClaimBuilder.Valid837P().WithLine("J1100", units: 8).WithLine("J1100", units: 8).Build();
        Assert.Empty(Run(Rule, claim));
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("J1100", units: 11).Build()), "MUE001", "lines[2].units");
    }
}
