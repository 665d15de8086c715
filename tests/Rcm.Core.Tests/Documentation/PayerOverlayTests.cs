using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class PayerOverlayTests
{
    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("demo-medicaid", true)]
    [InlineData("demo-commercial", false)]
    [InlineData(null, false)]
    public void Overlay_applies_to_its_payer_only(string? payerId, bool requiresTreatmentPlan)
    {
        var report = NoteBuilder.Complete("aba-therapy").Payer(payerId).Without("treatment_plan_id", "supervising_provider_id").CheckForSigning();

        Assert.Equal(requiresTreatmentPlan, report.Findings.Any(f => f.Code == "DOC001" && f.FieldId == "treatment_plan_id"));
        Assert.Equal(requiresTreatmentPlan ? "demo-medicaid-aba" : null, report.Pin.OverlayId);
    }

    [Fact]
    public void Overlay_applies_only_to_notes_started_after_it_takes_effect()
    {
        var catalog = CatalogWithOverlayFrom(June1);

        var before = NoteBuilder.Complete("bh-psychotherapy", "demo-commercial").Catalog(catalog).StartedAt(June1.AddDays(-1)).Without("treatment_plan_id");
        var after = NoteBuilder.Complete("bh-psychotherapy", "demo-commercial").Catalog(catalog).StartedAt(June1.AddDays(1)).Without("treatment_plan_id");

        var beforeReport = before.CheckForSigning();
        var afterReport = after.CheckForSigning();

        FindingAssert.Clean(beforeReport);
        Assert.Null(beforeReport.Pin.OverlayId);
        FindingAssert.Single(afterReport, "DOC001", "treatment_plan_id");
        Assert.Equal(new TemplatePin("bh-psychotherapy", 1, "demo-commercial-bh", 1), afterReport.Pin);
    }

    [Fact]
    public void Signed_note_is_held_to_its_pinned_versions_after_a_new_overlay_version()
    {
        var v1Only = CatalogWithOverlayFrom(June1.AddMonths(-6));
        var signed = NoteBuilder.Complete("bh-psychotherapy", "demo-commercial").Catalog(v1Only).StartedAt(June1.AddDays(-10)).BuildSigned();

        // Overlay v2 (from June 1) also asks for a supervising clinician; the signed note was started on v1.
        var v2 = BuiltInOverlay("demo-commercial-bh") with
        {
            Version = 2,
            EffectiveFrom = June1,
            AddFields = [.. BuiltInOverlay("demo-commercial-bh").AddFields, new TemplateField("supervisor", "Supervising clinician", FieldType.Text) { Required = true }],
        };
        var withV2 = new TemplateCatalog(Catalogs.BuiltIn.Templates, [v1Only.Overlays.Single(), v2]);

        var oldReport = new CompletenessChecker(withV2).CheckForCoding(signed);
        var newReport = NoteBuilder.Complete("bh-psychotherapy", "demo-commercial").Catalog(withV2).StartedAt(June1.AddDays(1)).CheckForSigning();

        FindingAssert.Clean(oldReport);
        Assert.Equal(1, oldReport.Pin.OverlayVersion);
        FindingAssert.Single(newReport, "DOC001", "supervisor");
        Assert.Equal(2, newReport.Pin.OverlayVersion);
    }

    [Fact]
    public void New_template_version_reaches_new_notes_only()
    {
        var v1 = Catalogs.BuiltIn.Templates.Single(t => t.Id == "pc-office-visit");
        var v2 = v1 with
        {
            Version = 2,
            EffectiveFrom = June1,
            Fields = [.. v1.Fields, new TemplateField("social_determinants", "Social needs screened", FieldType.Choice) { Required = true, Options = ["yes", "no"] }],
        };
        var catalog = new TemplateCatalog([v1, v2], []);

        var old = NoteBuilder.Complete("pc-office-visit").Catalog(catalog).StartedAt(June1.AddDays(-1)).CheckForSigning();
        var current = NoteBuilder.Complete("pc-office-visit").Catalog(catalog).StartedAt(June1).CheckForSigning();

        Assert.Equal(1, old.Pin.TemplateVersion);
        FindingAssert.Clean(old);
        Assert.Equal(2, current.Pin.TemplateVersion);
        FindingAssert.Single(current, "DOC001", "social_determinants");
    }

    [Fact]
    public void Refuses_to_start_a_note_with_another_payers_overlay()
    {
        Assert.True(Catalogs.BuiltIn.TryResolveForNewNote("aba-therapy", "demo-medicaid", Catalogs.Now, out var medicaid));

        Assert.Throws<ArgumentException>(() => VisitNote.Start(NoteBuilder.Practice, 1, "demo-commercial", medicaid, NoteBuilder.RenderingProvider, [], "user-1", Catalogs.Now));
    }

    [Fact]
    public void Note_pinned_to_a_version_the_catalog_lacks_is_reported_not_thrown()
    {
        var signed = NoteBuilder.Complete("bh-psychotherapy", "demo-commercial").BuildSigned();
        var withoutOverlays = new TemplateCatalog(Catalogs.BuiltIn.Templates, []);

        var report = new CompletenessChecker(withoutOverlays).CheckForCoding(signed);

        FindingAssert.Single(report, "DOC090", null);
        Assert.False(report.IsComplete);
    }

    private static PayerOverlay BuiltInOverlay(string id) => Catalogs.BuiltIn.Overlays.Single(o => o.Id == id);

    private static TemplateCatalog CatalogWithOverlayFrom(DateTimeOffset effectiveFrom) =>
        new(Catalogs.BuiltIn.Templates, [BuiltInOverlay("demo-commercial-bh") with { EffectiveFrom = effectiveFrom }]);
}
