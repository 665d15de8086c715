using Rcm.Core.Claims;
using Rcm.Core.Coding;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Tests.Validation;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Coding;

public sealed class CodingSuggesterTests
{
    private static readonly CodingSuggester Suggester = new(new PayerRuleBook(PayerRuleExamples.All()));

    [Fact]
    public void Suggests_whole_units_from_minutes_for_a_whole_unit_payer()
    {
        // Acme counts whole 15-minute units only: 52 minutes = 3 units.
        var claim = ClaimBuilder.Valid837P().WithLineChange(1, l => { l.Minutes = 52; l.Units = 4; }).Build();
        var s = Assert.Single(Suggester.Suggest(claim, CodingNote.None), x => x.Kind == SuggestionKind.Units);
        Assert.Equal(("4", "3", 1), (s.Current, s.Suggested, s.LineNumber));
        Assert.Contains("whole 15-minute units", s.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_8_minute_rule_units_for_a_cms_style_payer()
    {
        var claim = ClaimBuilder.Valid837P().WithoutLines().With(c => c.PayerId = "SUMMIT")
            .WithLine("97110", units: 3, minutes: 33).WithLine("97112", units: 0, minutes: 7).Build();
        var units = Suggester.Suggest(claim, CodingNote.None).Where(x => x.Kind == SuggestionKind.Units).ToArray();
        Assert.Equal([("2", 1), ("1", 2)], units.Select(u => (u.Suggested, u.LineNumber!.Value)));
    }

    [Fact]
    public void No_unit_suggestion_when_units_already_match() =>
        Assert.DoesNotContain(Suggester.Suggest(ClaimBuilder.Valid837P().WithLineChange(1, l => l.Minutes = 60).Build(), CodingNote.None),
            x => x.Kind == SuggestionKind.Units);

    [Theory]
    [InlineData("BCaBA", "HN")]
    [InlineData("RBT", "HM")]
    [InlineData("BCBA", "HO")]
    public void Suggests_the_payers_credential_modifier(string credential, string modifier)
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.RenderingProvider!.Credential = credential).Build();
        var s = Assert.Single(Suggester.Suggest(claim, CodingNote.None), x => x.Kind == SuggestionKind.AddModifier);
        Assert.Equal(modifier, s.Suggested);
    }

    [Fact]
    public void Suggests_no_credential_modifier_for_a_payer_without_a_map()
    {
        var claim = ClaimBuilder.Valid837P().With(c => { c.PayerId = "SUMMIT"; c.RenderingProvider!.Credential = "RBT"; }).Build();
        Assert.Empty(Suggester.Suggest(claim, CodingNote.None));
    }

    [Fact]
    public void Telehealth_at_home_follows_the_payer_pos_and_modifier()
    {
        var acme = ClaimBuilder.Valid837P().With(c => { c.Telehealth = TelehealthSetting.PatientHome; c.RenderingProvider!.Credential = null; }).Build();
        var s = Suggester.Suggest(acme, CodingNote.None);
        Assert.Contains(s, x => x.Kind == SuggestionKind.PlaceOfService && x.Suggested == "10");
        Assert.Contains(s, x => x.Kind == SuggestionKind.AddModifier && x.Suggested == "95");

        var summit = ClaimBuilder.Valid837P().With(c => { c.PayerId = "SUMMIT"; c.Telehealth = TelehealthSetting.PatientHome; })
            .WithLineChange(1, l => l.Modifiers = ["95"]).Build();
        var t = Suggester.Suggest(summit, CodingNote.None);
        Assert.Contains(t, x => x.Kind == SuggestionKind.PlaceOfService && x.Suggested == "02");
        Assert.Contains(t, x => x.Kind == SuggestionKind.AddModifier && x.Suggested == "GT");
        Assert.Contains(t, x => x.Kind == SuggestionKind.RemoveModifier && x.Suggested == "95");
    }

    [Fact]
    public void Suggests_modifier_25_only_when_the_note_supports_a_separate_e_m()
    {
        var claim = ClaimBuilder.Valid837P().WithoutLines().With(c => c.PayerId = "OTHER").WithLine("99213").WithLine("96127").Build();
        Assert.DoesNotContain(Suggester.Suggest(claim, CodingNote.None), x => x.Suggested == "25");
        var s = Assert.Single(Suggester.Suggest(claim, new CodingNote(SeparateEvaluationDocumented: true)), x => x.Suggested == "25");
        Assert.Equal(1, s.LineNumber);
    }

    [Fact]
    public void Suggests_pointer_for_a_line_without_one_and_flags_unused_diagnoses()
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.PayerId = "OTHER").WithDiagnoses("F840", "F900")
            .WithLineChange(1, l => l.DiagnosisPointers = []).WithLine("97155", pointers: [1]).Build();
        var s = Suggester.Suggest(claim, CodingNote.None).Where(x => x.Kind == SuggestionKind.DiagnosisPointers).ToArray();
        Assert.Contains(s, x => x.LineNumber == 1 && x.Suggested == "1");
        Assert.Contains(s, x => x.Field == "diagnoses[2]");
    }

    [Fact]
    public void Suggests_principal_first_when_no_line_leads_with_it()
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.PayerId = "OTHER").WithDiagnoses("F840", "F900").WithLineChange(1, l => l.DiagnosisPointers = [2, 1]).Build();
        var s = Assert.Single(Suggester.Suggest(claim, CodingNote.None));
        Assert.Equal(("2,1", "1,2"), (s.Current, s.Suggested));
    }

    [Fact]
    public void Applying_suggestions_makes_the_claim_pass_the_payer_rules()
    {
        var claim = ClaimBuilder.Valid837P().With(c => { c.PriorAuthorization = "A1"; c.RenderingProvider!.Credential = "BCaBA"; }).Build();
        var validator = RuleHarness.Validator(new PayerRuleBook(PayerRuleExamples.All()));
        Assert.Equal("PAY101", Assert.Single(validator.Validate(claim).Findings).RuleId);
        CodingSuggestionApplier.Apply(claim, Suggester.Suggest(claim, CodingNote.None));
        Assert.Equal(["HN"], claim.Lines[0].Modifiers);
        Assert.Empty(validator.Validate(claim).Findings);
    }
}
