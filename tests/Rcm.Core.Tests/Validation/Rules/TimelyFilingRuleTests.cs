using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class TimelyFilingRuleTests
{
    private static readonly TimelyFilingRule Rule = new();

    [Fact]
    public void Passes_within_the_limit() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_past_the_default_365_days() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.ServiceDate = ClaimBuilder.Today.AddDays(-366)).Build()), "DOS002", "serviceDate");

    [Fact]
    public void Uses_the_payer_limit()
    {
        var payer = new Rcm.Core.Validation.PayerRules.PayerProfile("p", "1", DateOnly.MinValue, 90, default, Rcm.Core.Validation.PayerRules.TelehealthPolicy.Cms, null, []);
        var claim = ClaimBuilder.Valid837P().WithLineChange(1, l => l.ServiceDate = ClaimBuilder.Today.AddDays(-91)).Build();
        Single(Run(Rule, claim, payer), "DOS002", "serviceDate");
        Assert.Empty(Run(Rule, claim));
    }
}
