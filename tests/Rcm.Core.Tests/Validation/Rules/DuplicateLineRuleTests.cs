using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DuplicateLineRuleTests
{
    private static readonly DuplicateLineRule Rule = new();

    [Fact]
    public void Passes_same_code_with_different_modifiers() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97153", modifiers: ["XE"]).Build()));

    [Fact]
    public void Warns_on_identical_line() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97153").Build()), "LIN004", "lines[2].procedureCode");
}
