using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ServiceDateRuleTests
{
    private static readonly ServiceDateRule Rule = new();

    [Fact]
    public void Passes_past_dates() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_on_future_date() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.ServiceDate = ClaimBuilder.Today.AddDays(1)).Build()), "DOS001", "lines[1].serviceDate");

    [Fact]
    public void Fires_on_missing_date() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.ServiceDate = default).Build()), "DOS001", "lines[1].serviceDate");

    [Fact]
    public void Fires_on_reversed_range() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithLineChange(1, l => l.ServiceDateEnd = l.ServiceDate.AddDays(-1)).Build()), "DOS001", "lines[1].serviceDateEnd");

    [Fact]
    public void Fires_on_institutional_claim_without_statement_period() =>
        Single(Run(Rule, ClaimBuilder.Valid837I().With(c => c.StatementFrom = null).Build()), "DOS001", "statementFrom");
}
