using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class PlaceOfServiceRuleTests
{
    private static readonly PlaceOfServiceRule Rule = new();

    [Fact]
    public void Passes_known_place_of_service() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_on_unknown_claim_place_of_service() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.PlaceOfService = "77").Build()), "POS001", "placeOfService");

    [Fact]
    public void Fires_when_neither_claim_nor_line_has_one() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.PlaceOfService = null).Build()), "POS001", "lines[1].placeOfService");

    [Fact]
    public void Passes_line_place_of_service_without_claim_one() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().With(c => c.PlaceOfService = null).WithLineChange(1, l => l.PlaceOfService = "12").Build()));

    [Fact]
    public void Ignores_institutional_claims() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837I().Build()));
}
