using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class PtpModifierRequiredRuleTests
{
    private static readonly PtpModifierRequiredRule Rule = new();

    [Fact]
    public void Fires_on_indicator_one_pair_without_modifier() =>
        // NCCI PTP 2024Q3: 97012 / 97140, modifier indicator 1 (mutually exclusive procedures).
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97012").WithLine("97140").Build()), "NCCI002", "lines[3].modifiers");

    [Theory]
    [InlineData("59")]
    [InlineData("XS")]
    public void Passes_indicator_one_pair_with_bypass_modifier(string modifier) =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97012").WithLine("97140", modifiers: [modifier]).Build()));

    [Fact]
    public void Ignores_indicator_nine() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("99213").WithLine("97110").Build()));

    [Fact]
    public void Leaves_indicator_zero_to_ncci001() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97530").Build()));
}
