using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class TaxonomyCodeRuleTests
{
    private static readonly TaxonomyCodeRule Rule = new();

    [Fact]
    public void Passes_nucc_taxonomy() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_on_unknown_taxonomy() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.RenderingProvider!.TaxonomyCode = "999X00000X").Build()), "TXN001", "renderingProvider.taxonomyCode");
}
