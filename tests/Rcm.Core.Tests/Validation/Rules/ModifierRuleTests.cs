using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ModifierRuleTests
{
    private static readonly ModifierRule Rule = new();

    [Fact]
    public void Passes_known_modifiers() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", modifiers: ["HO", "95"]).Build()));

    [Fact]
    public void Fires_on_unknown_modifier() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", modifiers: ["ZZ"]).Build()), "MOD001", "lines[2].modifiers");

    [Fact]
    public void Fires_on_repeated_modifier() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", modifiers: ["HO", "HO"]).Build()), "MOD001", "lines[2].modifiers");

    [Fact]
    public void Fires_on_five_modifiers() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLine("97155", modifiers: ["HO", "95", "GT", "KX", "59"]).Build()), "MOD001", "lines[2].modifiers");
}
