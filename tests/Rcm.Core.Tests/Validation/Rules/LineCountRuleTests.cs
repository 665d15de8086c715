using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class LineCountRuleTests
{
    private static readonly LineCountRule Rule = new();

    [Fact]
    public void Passes_fifty_professional_lines()
    {
        var builder = ClaimBuilder.Valid837P().WithoutLines();
        for (int i = 0; i < 50; i++) builder.WithLine("97153");
        Assert.Empty(Run(Rule, builder.Build()));
    }

    [Fact]
    public void Fires_on_fifty_one_professional_lines()
    {
        var builder = ClaimBuilder.Valid837P().WithoutLines();
        for (int i = 0; i < 51; i++) builder.WithLine("97153");
        Single(Run(Rule, builder.Build()), "CLM006", "lines");
    }
}
