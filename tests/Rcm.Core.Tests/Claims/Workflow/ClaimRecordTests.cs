using Rcm.Core.Claims;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Shared;
using Rcm.Core.Tests.Validation;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Claims.Workflow;

/// <summary>The stored claim's guarded methods: findings always those of the current claim, submit refused while blocked.</summary>
public sealed class ClaimRecordTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly ClaimGate Gate = new(RuleHarness.Validator(new PayerRuleBook([PayerRuleExamples.Acme()])));

    private static Claim ByTechnician() => ClaimBuilder.Valid837P()
        .With(c => { c.PriorAuthorization = "AUTH-778"; c.RenderingProvider!.Credential = "RBT"; }).Build();

    private static ClaimRecord Create(Claim claim) => new(7, claim, Gate.Evaluate(claim), null, At);

    [Fact]
    public void A_claim_failing_a_payer_rule_is_held_with_the_finding_and_its_fix()
    {
        var record = Create(ByTechnician());
        Assert.Equal(ClaimStatus.Held, record.Status);
        var finding = Assert.Single(record.Findings, f => f.IsBlocking);
        Assert.Equal("PAY102", finding.RuleId);
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("Add modifier HM to the line.", finding.Fix);
        Assert.Equal("acme-health@2026.1", record.RuleSetVersion);
    }

    [Fact]
    public void Submit_is_refused_while_blocked_and_recorded_as_refused()
    {
        var record = Create(ByTechnician());
        Assert.False(record.Submit(Gate.Evaluate(record.ReadClaim()), At.AddMinutes(1)));
        Assert.Equal(ClaimStatus.Held, record.Status);
        Assert.Null(record.QueuedAt);
        Assert.Equal("submit_refused", record.Events[^1].Kind);
        Assert.Equal("blocking=PAY102", record.Events[^1].Detail);
    }

    [Fact]
    public void Revising_the_claim_re_validates_it_and_then_submit_queues_it()
    {
        var record = Create(ByTechnician());
        var claim = record.ReadClaim();
        claim.Lines[0].Modifiers = ["HM"];
        record.Revise(claim, Gate.Evaluate(claim), At.AddMinutes(2));
        Assert.Equal(ClaimStatus.Ready, record.Status);
        Assert.DoesNotContain(record.Findings, f => f.IsBlocking);
        Assert.Equal(["HM"], record.ReadClaim().Lines[0].Modifiers);

        Assert.True(record.Submit(Gate.Evaluate(record.ReadClaim()), At.AddMinutes(3)));
        Assert.Equal(ClaimStatus.QueuedForSubmission, record.Status);
        Assert.Equal(At.AddMinutes(3), record.QueuedAt);
    }

    [Fact]
    public void A_queued_claim_can_be_neither_submitted_again_nor_changed()
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.PriorAuthorization = "AUTH-778").Build();
        var record = Create(claim);
        Assert.True(record.Submit(Gate.Evaluate(claim), At));
        Assert.Throws<InvalidTransitionException>(() => record.Submit(Gate.Evaluate(claim), At));
        Assert.Throws<InvalidTransitionException>(() => record.Revise(claim, Gate.Evaluate(claim), At));
        Assert.Throws<InvalidTransitionException>(() => record.Revalidate(Gate.Evaluate(claim), At));
    }

    [Fact]
    public void Revising_a_ready_claim_into_a_broken_one_holds_it_again()
    {
        var clean = ClaimBuilder.Valid837P().With(c => c.PriorAuthorization = "AUTH-778").Build();
        var record = Create(clean);
        var broken = record.ReadClaim();
        broken.RenderingProvider!.Credential = "RBT";
        record.Revise(broken, Gate.Evaluate(broken), At);
        Assert.Equal(ClaimStatus.Held, record.Status);
        Assert.False(record.Submit(Gate.Evaluate(record.ReadClaim()), At));
    }

    [Fact]
    public void The_stored_document_round_trips_the_business_claim()
    {
        var claim = ByTechnician();
        var back = ClaimJson.Read(ClaimJson.Write(claim));
        Assert.Equal(ClaimJson.Write(claim), ClaimJson.Write(back));
        Assert.Equal(claim.Lines[0].ServiceDate, back.Lines[0].ServiceDate);
        Assert.Equal(DiagnosisRole.Principal, back.Diagnoses[0].Role);
    }
}
