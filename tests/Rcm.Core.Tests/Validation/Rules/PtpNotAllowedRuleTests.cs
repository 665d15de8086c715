using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class PtpNotAllowedRuleTests
{
    private static readonly PtpNotAllowedRule Rule = new();

    [Fact]
    public void Passes_codes_without_an_edit() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155").Build()));

    [Fact]
    public void Fires_on_indicator_zero_pair_even_with_modifier()
    {
        // NCCI PTP 2024Q3: 97530 / 97153, modifier indicator 0.
        var claim = ClaimBuilder.Valid837P().WithLine("97530", modifiers: ["59"]).WithLineChange(1, l => l.Modifiers = ["XU"]).Build();
        var finding = Single(Run(Rule, claim), "NCCI001", "lines[1].procedureCode");
        Assert.Contains("97530", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_pair_on_different_dates() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97530", date: ClaimBuilder.ServiceDate.AddDays(1)).Build()));
}
