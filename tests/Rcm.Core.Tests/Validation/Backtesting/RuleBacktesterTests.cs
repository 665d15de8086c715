using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation.Backtesting;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation.Backtesting;

public sealed class RuleBacktesterTests
{
    private static HistoricalClaim Past(string credential, string[] modifiers, ClaimOutcome outcome) => new(
        ClaimBuilder.Valid837P().With(c => { c.PriorAuthorization = "A"; c.RenderingProvider!.Credential = credential; })
            .WithLineChange(1, l => l.Modifiers = modifiers).Build(),
        outcome);

    private static readonly HistoricalClaim[] History =
    [
        Past("BCaBA", [], ClaimOutcome.Denied),     // PAY101 would have stopped this denial
        Past("BCaBA", [], ClaimOutcome.Denied),     // and this one
        Past("BCaBA", [], ClaimOutcome.Paid),       // but would have held a claim the payer paid
        Past("BCaBA", ["HN"], ClaimOutcome.Paid),   // fine
        Past("BCBA", [], ClaimOutcome.Denied),      // denied for another reason: not caught
    ];

    [Fact]
    public void Counts_denials_stopped_and_paid_claims_blocked_for_a_rule_set_version()
    {
        var report = RuleBacktester.RunRuleSet(History, PayerRuleExamples.Acme(), TestReferenceData.Standard, FixedTimeProvider.On(ClaimBuilder.Today));
        Assert.Equal((5, 3, 2), (report.Claims, report.Denied, report.Paid));
        Assert.Equal((2, 1), (report.DenialsStopped, report.PaidClaimsBlocked));
        var line = Assert.Single(report.Rules);
        Assert.Equal(("PAY101", 2, 1), (line.RuleId, line.DenialsStopped, line.PaidClaimsBlocked));
        Assert.Equal(2.0 / 3, line.Precision, 6);
    }

    [Fact]
    public void Judges_one_rule_alone()
    {
        var validator = RuleHarness.Validator(new PayerRuleBook([PayerRuleExamples.Acme()]));
        var report = RuleBacktester.Run(History, validator, new HashSet<string> { "PAY102" });
        Assert.Equal((0, 0), (report.DenialsStopped, report.PaidClaimsBlocked));
        Assert.Empty(report.Rules);
    }

    [Fact]
    public void Applies_a_version_to_claims_older_than_its_effective_date()
    {
        var future = PayerRuleExamples.All().Single(s => s.Version == "2027.1");
        var old = new HistoricalClaim(
            ClaimBuilder.Valid837P().WithoutLines().With(c => c.PayerId = "SUMMIT").WithLine("97110", units: 6, modifiers: ["GP"]).Build(),
            ClaimOutcome.Denied);
        var report = RuleBacktester.RunRuleSet([old], future, TestReferenceData.Standard, FixedTimeProvider.On(ClaimBuilder.Today));
        Assert.Equal("PAY204", Assert.Single(report.Rules).RuleId);
        Assert.Equal(1, report.DenialsStopped);
    }
}
