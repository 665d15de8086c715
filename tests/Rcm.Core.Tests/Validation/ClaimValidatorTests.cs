using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;

namespace Rcm.Core.Tests.Validation;

public sealed class ClaimValidatorTests
{
    [Fact]
    public void Valid_professional_claim_has_no_finding()
    {
        var result = RuleHarness.Validator().Validate(ClaimBuilder.Valid837P().Build());
        Assert.Empty(result.Findings);
        Assert.False(result.IsBlocked);
        Assert.Equal("default@0", result.RuleSetVersion);
    }

    [Fact]
    public void Valid_institutional_claim_has_no_finding() =>
        Assert.Empty(RuleHarness.Validator().Validate(ClaimBuilder.Valid837I().Build()).Findings);

    [Fact]
    public void Collects_every_finding_not_just_the_first()
    {
        var claim = ClaimBuilder.Valid837P()
            .With(c => { c.BillingProvider.Npi = "1234567890"; c.Subscriber.MemberId = null; })
            .WithDiagnoses("F84")
            .Build();
        var result = RuleHarness.Validator().Validate(claim);
        Assert.Equal(["CLM002", "NPI001", "ICD002"], result.Findings.Select(f => f.RuleId));
        Assert.True(result.IsBlocked);
    }

    [Fact]
    public void Warnings_alone_do_not_block()
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.BillingProvider.TaxonomyCode = null).Build();
        var result = RuleHarness.Validator().Validate(claim);
        Assert.Equal("TXN002", Assert.Single(result.Findings).RuleId);
        Assert.False(result.IsBlocked);
    }

    [Fact]
    public void Reused_collector_is_cleared_between_claims()
    {
        var validator = RuleHarness.Validator();
        var findings = new FindingCollector();
        validator.Validate(ClaimBuilder.Valid837P().With(c => c.ClaimId = "").Build(), findings);
        Assert.True(findings.HasBlocking);
        validator.Validate(ClaimBuilder.Valid837P().Build(), findings);
        Assert.Equal(0, findings.Count);
        Assert.False(findings.HasBlocking);
    }

    [Fact]
    public void Every_rule_id_is_unique()
    {
        var ids = RuleHarness.Validator().Rules.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Clean_claim_validation_allocates_nothing_per_claim()
    {
        var claim = ClaimBuilder.Valid837P().WithLine("97155", charge: 80m).WithDiagnoses("F840", "F900").Build();
        var findings = new FindingCollector();
        var context = new ClaimValidationContext(claim, TestReferenceData.Standard, Rcm.Core.Validation.PayerRules.PayerProfile.Default, ClaimBuilder.Today);
        foreach (var rule in RuleHarness.Validator().Rules)
        {
            // Warm up past tiered compilation, whose call-counting stubs allocate on the calling thread.
            for (int i = 0; i < 5000; i++)
            {
                rule.Check(in context, findings);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                rule.Check(in context, findings);
            }

            // Bound over the whole run rather than zero: the runtime may allocate once on this thread (tiering, stubs), while
            // one allocation per claim (24 bytes at least) would cost 24,000 bytes here.
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 2048, $"{rule.Descriptor.Id} allocated {allocated} bytes over 1,000 clean claims");
        }

        Assert.Equal(0, findings.Count);
    }
}
