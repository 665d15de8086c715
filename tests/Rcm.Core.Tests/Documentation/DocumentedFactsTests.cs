using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class DocumentedFactsTests
{
    private static DocumentedFacts FactsOf(NoteBuilder builder)
    {
        var note = builder.BuildSigned();
        var decision = new DocumentationGate(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(Catalogs.Now))
            .Evaluate(note.PracticeId, note.VisitId, note.RenderingProviderId, note);
        Assert.True(decision.Allowed, string.Join(" | ", decision.Reasons));
        return decision.Facts!;
    }

    [Fact]
    public void Office_visit_with_modifier_25_hands_coding_its_support()
    {
        var facts = FactsOf(NoteBuilder.Complete("pc-office-visit")
            .With("modifiers", "25").With("modifier_25_support", "New knee pain evaluated.").With("same_day_procedure", "20610")
            .With("diagnosis", "M25.561, j06.9"));

        Assert.Equal(["99213"], facts.ServiceCodes);
        Assert.Equal(["M25561", "J069"], facts.Diagnoses);
        Assert.Equal(["25"], facts.Modifiers);
        Assert.True(facts.SeparateEvaluationDocumented);
    }

    [Fact]
    public void Office_visit_without_modifier_25_support_says_so()
    {
        Assert.False(FactsOf(NoteBuilder.Complete("pc-office-visit")).SeparateEvaluationDocumented);
    }

    [Fact]
    public void Physical_therapy_gathers_timed_and_untimed_codes_with_units_and_minutes()
    {
        var facts = FactsOf(NoteBuilder.Complete("pt-treatment").With("untimed_codes", "97014"));

        Assert.Equal(["97110", "97140", "97014"], facts.ServiceCodes);
        Assert.Equal(3m, facts.Units);
        Assert.Equal(38, facts.Minutes);
    }

    [Fact]
    public void Aba_under_a_payer_overlay_carries_plan_and_supervisor()
    {
        var facts = FactsOf(NoteBuilder.Complete("aba-therapy", "demo-medicaid"));

        Assert.Equal(["97153"], facts.ServiceCodes);
        Assert.Equal(8m, facts.Units);
        Assert.Equal(120, facts.Minutes);
        Assert.Equal("12", facts.PlaceOfService);
        Assert.Equal("TP-1001", facts.TreatmentPlanId);
        Assert.Equal("prov-bcba-1", facts.SupervisingProvider);
        Assert.Equal(["F840"], facts.Diagnoses);
    }

    [Fact]
    public void Telehealth_visit_carries_modality_and_place_of_service()
    {
        var facts = FactsOf(NoteBuilder.Complete("telehealth-visit"));

        Assert.Equal("audio_video", facts.TelehealthModality);
        Assert.Equal("10", facts.PlaceOfService);
        Assert.Equal(["95"], facts.Modifiers);
        Assert.Equal(25, facts.Minutes);
    }

    [Fact]
    public void Refused_note_hands_coding_nothing()
    {
        var note = NoteBuilder.Complete("pc-office-visit").Build();

        var decision = new DocumentationGate(new CompletenessChecker(Catalogs.BuiltIn), new DocumentationRouter(), new ManualTime(Catalogs.Now))
            .Evaluate(note.PracticeId, note.VisitId, note.RenderingProviderId, note);

        Assert.False(decision.Allowed);
        Assert.Null(decision.Facts);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_template_names_its_service_codes_and_diagnoses(string templateId)
    {
        var template = Catalogs.BuiltIn.Templates.Single(t => t.Id == templateId);

        Assert.Contains(template.Fields, f => f.Role == FieldRole.ServiceCode && f.Required);
        Assert.Contains(template.Fields, f => f.Role == FieldRole.Diagnosis && f.Required);
    }

    public static TheoryData<string> TemplateIds() => [.. Catalogs.TemplateIds];
}
