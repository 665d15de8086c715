using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation;

public sealed class ClaimGateTests
{
    [Fact]
    public void Allows_a_clean_claim()
    {
        var decision = new ClaimGate(RuleHarness.Validator()).Evaluate(ClaimBuilder.Valid837P().Build());
        Assert.True(decision.SubmitAllowed);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void Refuses_a_claim_with_a_blocking_finding_and_says_why()
    {
        var decision = new ClaimGate(RuleHarness.Validator()).Evaluate(ClaimBuilder.Valid837P().WithLine("97530").Build());
        Assert.False(decision.SubmitAllowed);
        Assert.Contains("NCCI001", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Allows_a_claim_with_warnings_only_and_keeps_them()
    {
        var decision = new ClaimGate(RuleHarness.Validator()).Evaluate(ClaimBuilder.Valid837P().WithLine("97153").Build());
        Assert.True(decision.SubmitAllowed);
        Assert.Equal("LIN004", Assert.Single(decision.Findings).RuleId);
    }

    [Fact]
    public void Re_evaluates_after_the_claim_changes()
    {
        var gate = new ClaimGate(RuleHarness.Validator(new PayerRuleBook([PayerRuleExamples.Acme()])));
        var claim = ClaimBuilder.Valid837P().Build();
        Assert.False(gate.Evaluate(claim).SubmitAllowed); // PAY103: no authorization
        claim.PriorAuthorization = "AUTH-778";
        Assert.True(gate.Evaluate(claim).SubmitAllowed);
    }
}
