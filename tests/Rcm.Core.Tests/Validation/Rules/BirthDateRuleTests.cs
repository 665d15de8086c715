using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class BirthDateRuleTests
{
    private static readonly BirthDateRule Rule = new();

    [Fact]
    public void Passes_birth_before_service() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_when_born_after_service() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.Subscriber.BirthDate = ClaimBuilder.ServiceDate.AddDays(1)).Build()), "DOS003", "subscriber.birthDate");

    [Fact]
    public void Fires_when_older_than_124() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.Subscriber.BirthDate = new DateOnly(1900, 1, 1)).Build()), "DOS003", "subscriber.birthDate");
}
