using Rcm.Core.Claims;
using Rcm.Core.Claims.Building;
using Rcm.Core.Coding;
using Rcm.Core.Tests.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Claims.Building;

public sealed class ClaimAssemblerTests
{
    private static readonly PayerRuleBook Book = new(PayerRuleExamples.All());
    private static readonly ClaimAssembler Assembler = new(Book);

    private static readonly FeeSchedule Fees = new(new Dictionary<string, decimal>
    {
        ["97153"] = 60m, ["97155"] = 90m, ["97151"] = 120m, ["97161"] = 150m, ["97110"] = 45m, ["99213"] = 110m, ["96127"] = 12m,
    });

    private static VisitForBilling Visit(string payer = "ACME1", string credential = "BCaBA", TelehealthSetting telehealth = TelehealthSetting.None,
        string? auth = "AUTH-1") => new()
    {
        Kind = ClaimKind.Professional,
        ClaimId = "V-100",
        BillingProvider = ClaimBuilder.Valid837P().Build().BillingProvider,
        RenderingProvider = new ClaimProvider { Name = "Lee", FirstName = "Jo", Npi = ClaimBuilder.RenderingNpi, TaxonomyCode = "106E00000X", Credential = credential },
        Subscriber = ClaimBuilder.Valid837P().Build().Subscriber,
        PayerId = payer,
        PayerName = payer,
        ServiceDate = ClaimBuilder.ServiceDate,
        Telehealth = telehealth,
        PriorAuthorization = auth,
    };

    [Fact]
    public void Builds_a_claim_that_passes_the_gate_with_units_modifier_and_charge_decided_for_the_payer()
    {
        var note = new NoteForBilling(["F84.0"], [new DocumentedService("97153", Minutes: 122)]);
        var built = Assembler.Assemble(Visit(), note, Fees);
        var line = Assert.Single(built.Claim.Lines);
        // Acme counts whole units (122 min = 8), wants HN for a BCaBA, and the fee schedule prices 97153 at 60.
        Assert.Equal((8m, 480m), (line.Units, line.Charge));
        Assert.Equal(["HN"], line.Modifiers);
        Assert.Equal(480m, built.Claim.TotalCharge);
        Assert.Equal("F840", built.Claim.Diagnoses[0].Code);
        Assert.Contains(built.AppliedSuggestions, s => s.Kind == SuggestionKind.Units && s.Suggested == "8");
        var gate = new Rcm.Core.Validation.ClaimGate(RuleHarness.Validator(Book)).Evaluate(built.Claim);
        Assert.True(gate.SubmitAllowed, gate.Reason);
    }

    [Fact]
    public void Telehealth_visit_gets_the_payers_place_of_service_and_modifier()
    {
        var note = new NoteForBilling(["F840"], [new DocumentedService("97155", Minutes: 30)]);
        var built = Assembler.Assemble(Visit(credential: "BCBA", telehealth: TelehealthSetting.PatientHome), note, Fees);
        Assert.Equal("10", built.Claim.PlaceOfService);
        Assert.Contains("95", built.Claim.Lines[0].Modifiers);
        Assert.Contains("HO", built.Claim.Lines[0].Modifiers);
    }

    [Fact]
    public void Attaches_the_evaluation_a_payer_rule_demands_when_the_note_has_it()
    {
        var evaluation = new ClaimAttachment("PN", "EL", "EVAL-7");
        var note = new NoteForBilling(["M5450"], [new DocumentedService("97161", Modifiers: ["GP"])], Documents: [new ClaimAttachment("09", "EL", "PR-1"), evaluation]);
        var built = Assembler.Assemble(Visit(payer: "SUMMIT", credential: "PT"), note, Fees);
        Assert.Equal([evaluation], built.Claim.Attachments);
        Assert.DoesNotContain(RuleHarness.Validator(Book).Validate(built.Claim).Findings, f => f.RuleId == "PAY202");
    }

    [Fact]
    public void Without_the_document_the_claim_is_held_by_the_payer_rule()
    {
        var note = new NoteForBilling(["M5450"], [new DocumentedService("97161", Modifiers: ["GP"])]);
        var built = Assembler.Assemble(Visit(payer: "SUMMIT", credential: "PT"), note, Fees);
        Assert.Empty(built.Claim.Attachments);
        Assert.Contains(RuleHarness.Validator(Book).Validate(built.Claim).Findings, f => f.RuleId == "PAY202" && f.IsBlocking);
    }

    [Fact]
    public void Diagnosis_pointers_follow_the_note_and_modifier_25_follows_the_documentation()
    {
        var note = new NoteForBilling(["F840", "F900"],
            [new DocumentedService("99213", DiagnosisNumbers: [1, 2]), new DocumentedService("96127", Units: 2, DiagnosisNumbers: [2])],
            SeparateEvaluationDocumented: true);
        var built = Assembler.Assemble(Visit(payer: "OTHER", credential: "MD"), note, Fees);
        Assert.Equal([1, 2], built.Claim.Lines[0].DiagnosisPointers);
        Assert.Equal([2], built.Claim.Lines[1].DiagnosisPointers);
        Assert.Equal("25", built.Claim.Lines[0].Modifiers[0]);
        Assert.Equal(24m, built.Claim.Lines[1].Charge);
    }

    [Fact]
    public void Unpriced_codes_are_reported_and_fail_at_the_gate()
    {
        var note = new NoteForBilling(["F840"], [new DocumentedService("97156", Minutes: 60)]);
        var built = Assembler.Assemble(Visit(credential: "BCBA"), note, Fees);
        Assert.Equal(["97156"], built.UnpricedCodes);
        Assert.Contains(RuleHarness.Validator(Book).Validate(built.Claim).Findings, f => f.RuleId == "LIN001");
    }

    [Fact]
    public void Missing_authorization_leaves_the_claim_for_the_gate_to_hold()
    {
        var note = new NoteForBilling(["F840"], [new DocumentedService("97153", Minutes: 60)]);
        var built = Assembler.Assemble(Visit(auth: null), note, Fees);
        Assert.Contains(RuleHarness.Validator(Book).Validate(built.Claim).Findings, f => f.RuleId == "PAY103");
    }

    [Fact]
    public void A_note_without_services_is_refused() =>
        Assert.Throws<ArgumentException>(() => Assembler.Assemble(Visit(), new NoteForBilling(["F840"], []), Fees));
}
