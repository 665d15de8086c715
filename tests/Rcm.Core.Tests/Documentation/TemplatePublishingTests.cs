using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class TemplatePublishingTests
{
    private static readonly DateTimeOffset July1 = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static DocumentationTemplate Psychotherapy => Catalogs.BuiltIn.Templates.Single(t => t.Id == "bh-psychotherapy");

    [Fact]
    public void Publishing_a_new_version_changes_new_notes_only()
    {
        var v2 = Psychotherapy with
        {
            Version = 2,
            EffectiveFrom = July1,
            Fields = [.. Psychotherapy.Fields.Select(f => f.Id == "progress" ? f with { HighRisk = true } : f),
                new TemplateField("risk_screen", "Risk screen done", FieldType.Choice) { Required = true, Options = ["yes", "no"] }],
        };

        var catalog = Catalogs.BuiltIn.Publish(v2);

        var started = NoteBuilder.Complete("bh-psychotherapy").Catalog(catalog).StartedAt(July1.AddDays(-1)).CheckForSigning();
        var newer = NoteBuilder.Complete("bh-psychotherapy").Catalog(catalog).StartedAt(July1).CheckForSigning();
        FindingAssert.Clean(started);
        FindingAssert.Single(newer, "DOC001", "risk_screen");
        Assert.Single(Catalogs.BuiltIn.Templates, t => t.Id == "bh-psychotherapy");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Refuses_a_version_that_is_not_above_the_latest(int version)
    {
        var ex = Assert.ThrowsAny<TemplateDefinitionException>(() => Catalogs.BuiltIn.Publish(Psychotherapy with { Version = version, EffectiveFrom = July1 }));

        Assert.NotEmpty(ex.Problems);
    }

    [Fact]
    public void Refuses_a_version_taking_effect_before_the_latest()
    {
        var ex = Assert.Throws<TemplateDefinitionException>(() => Catalogs.BuiltIn.Publish(Psychotherapy with { Version = 2, EffectiveFrom = Psychotherapy.EffectiveFrom.AddDays(-1) }));

        Assert.Contains(ex.Problems, p => p.Contains("before version 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_an_edit_that_breaks_the_template()
    {
        var broken = Psychotherapy with { Version = 2, EffectiveFrom = July1, Fields = [.. Psychotherapy.Fields.Where(f => f.Id != "session_end")] };

        var ex = Assert.Throws<TemplateDefinitionException>(() => Catalogs.BuiltIn.Publish(broken));

        Assert.Contains(ex.Problems, p => p.Contains("'session_end'", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_an_overlay_version_reaches_notes_started_after_it()
    {
        var current = Catalogs.BuiltIn.Overlays.Single(o => o.Id == "demo-medicare-pt");
        var v2 = current with { Version = 2, EffectiveFrom = July1, RequireFields = ["untimed_codes"] };

        var catalog = Catalogs.BuiltIn.Publish(v2);

        var before = NoteBuilder.Complete("pt-treatment", "demo-medicare").Catalog(catalog).StartedAt(July1.AddMinutes(-1)).CheckForSigning();
        var after = NoteBuilder.Complete("pt-treatment", "demo-medicare").Catalog(catalog).StartedAt(July1).CheckForSigning();
        FindingAssert.Clean(before);
        FindingAssert.Single(after, "DOC001", "untimed_codes");
    }

    [Fact]
    public void Refuses_an_overlay_version_moved_to_another_payer()
    {
        var current = Catalogs.BuiltIn.Overlays.Single(o => o.Id == "demo-medicare-pt");

        Assert.Throws<TemplateDefinitionException>(() => Catalogs.BuiltIn.Publish(current with { Version = 2, EffectiveFrom = July1, PayerCode = "demo-commercial" }));
    }
}
