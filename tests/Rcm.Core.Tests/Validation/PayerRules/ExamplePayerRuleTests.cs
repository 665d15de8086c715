using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation.PayerRules;

/// <summary>Each example payer rule with a claim that fails it and one that passes.</summary>
public sealed class ExamplePayerRuleTests
{
    private static readonly PayerRuleBook Book = new(PayerRuleExamples.All());

    private static IReadOnlyList<Finding> Validate(Claim claim) => RuleHarness.Validator(Book).Validate(claim).Findings;

    private static ClaimBuilder Acme(string credential, params string[] modifiers) => ClaimBuilder.Valid837P()
        .With(c => { c.PriorAuthorization = "AUTH-1"; c.RenderingProvider!.Credential = credential; })
        .WithLineChange(1, l => l.Modifiers = modifiers);

    private static ClaimBuilder Summit(DateOnly? date = null) => ClaimBuilder.Valid837P().WithoutLines().With(c => c.PayerId = "SUMMIT")
        .WithLine("97153", units: 4, charge: 240m, date: date);

    [Fact]
    public void PAY101_fires_on_97153_by_bcaba_without_HN()
    {
        var finding = Assert.Single(Validate(Acme("BCaBA").Build()));
        Assert.Equal(("PAY101", FindingSeverity.Block, "lines[1].modifiers"), (finding.RuleId, finding.Severity, finding.Field));
        Assert.Equal("Add modifier HN to the line.", finding.Fix);
    }

    [Fact]
    public void PAY101_passes_with_HN_and_ignores_other_credentials()
    {
        Assert.Empty(Validate(Acme("BCaBA", "HN").Build()));
        Assert.Empty(Validate(Acme("BCBA").Build()));
    }

    [Fact]
    public void PAY102_fires_on_97153_by_rbt_without_HM()
    {
        Assert.Equal("PAY102", Assert.Single(Validate(Acme("RBT").Build())).RuleId);
        Assert.Empty(Validate(Acme("RBT", "HM").Build()));
    }

    [Fact]
    public void PAY103_fires_without_authorization_and_passes_with_line_authorization()
    {
        var claim = Acme("BCBA").With(c => c.PriorAuthorization = null).Build();
        Assert.Equal(("PAY103", "lines[1].priorAuthorization"), (Assert.Single(Validate(claim)).RuleId, Validate(claim)[0].Field));
        claim.Lines[0].PriorAuthorization = "LINE-AUTH";
        Assert.Empty(Validate(claim));
    }

    [Fact]
    public void PAY104_fires_on_telehealth_supervision_without_95()
    {
        var claim = Acme("BCBA").WithLine("97155", placeOfService: "10").Build();
        Assert.Equal("PAY104", Assert.Single(Validate(claim)).RuleId);
        claim.Lines[1].Modifiers = ["95"];
        Assert.Empty(Validate(claim));
    }

    [Fact]
    public void PAY201_fires_on_97151_without_authorization()
    {
        var claim = Summit().WithLine("97151", units: 8, charge: 400m).Build();
        Assert.Equal("PAY201", Assert.Single(Validate(claim)).RuleId);
        claim.PriorAuthorization = "A-1";
        Assert.Empty(Validate(claim));
    }

    [Fact]
    public void PAY202_fires_on_pt_evaluation_without_attachment_of_the_right_type()
    {
        var claim = Summit().WithLine("97161", charge: 150m, modifiers: ["GP"]).Build();
        Assert.Equal("PAY202", Assert.Single(Validate(claim)).RuleId);
        claim.Attachments.Add(new ClaimAttachment("EB", "BM", "ACN1"));
        Assert.Equal("PAY202", Assert.Single(Validate(claim)).RuleId);
        claim.Attachments.Add(new ClaimAttachment("PN", "FX", "ACN2"));
        Assert.Empty(Validate(claim));
    }

    [Fact]
    public void PAY203_warns_on_therapy_without_GP_and_does_not_block()
    {
        var result = RuleHarness.Validator(Book).Validate(Summit().WithLine("97110", units: 2).Build());
        Assert.Equal(("PAY203", FindingSeverity.Warn), (Assert.Single(result.Findings).RuleId, result.Findings[0].Severity));
        Assert.False(result.IsBlocked);
    }

    [Fact]
    public void Claim_is_judged_by_the_version_in_force_on_its_date_of_service()
    {
        var book = PayerRuleExamples.All();
        var profile2026 = new PayerRuleBook(book).ProfileFor("SUMMIT", new DateOnly(2026, 12, 31));
        var profile2027 = new PayerRuleBook(book).ProfileFor("summit", new DateOnly(2027, 1, 1));
        Assert.Equal(("2026.1", "02", "GT"), (profile2026.Version, profile2026.Telehealth.HomePlaceOfService, profile2026.Telehealth.Modifier));
        Assert.Equal(("2027.1", "10", "95"), (profile2027.Version, profile2027.Telehealth.HomePlaceOfService, profile2027.Telehealth.Modifier));
        Assert.Same(PayerProfile.Default, new PayerRuleBook(book).ProfileFor("SUMMIT", new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void PAY204_applies_only_from_the_2027_version()
    {
        var validator = new ClaimValidator(TestReferenceData.Standard, Book, FixedTimeProvider.On(new DateOnly(2027, 3, 1)));
        var in2027 = Summit(new DateOnly(2027, 2, 1)).WithLine("97110", units: 5, charge: 100m, modifiers: ["GP"], date: new DateOnly(2027, 2, 1)).Build();
        var result = validator.Validate(in2027);
        Assert.Equal(["PAY204"], result.Findings.Select(f => f.RuleId));
        Assert.Equal("summit-care@2027.1", result.RuleSetVersion);

        var in2026 = Summit(new DateOnly(2026, 12, 1)).WithLine("97110", units: 5, charge: 100m, modifiers: ["GP"], date: new DateOnly(2026, 12, 1)).Build();
        Assert.Empty(validator.Validate(in2026).Findings);
    }

    [Fact]
    public void Payer_timely_filing_limit_comes_from_the_file()
    {
        var claim = Acme("BCBA").WithLineChange(1, l => l.ServiceDate = ClaimBuilder.Today.AddDays(-91)).Build();
        Assert.Equal("DOS002", Assert.Single(Validate(claim)).RuleId);
    }
}
