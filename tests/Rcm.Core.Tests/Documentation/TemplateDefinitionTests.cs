using Rcm.Core.Documentation.Checks;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class TemplateDefinitionTests
{
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DocumentationTemplate Minimal(params TemplateCheck[] checks) => new(
        "t", 1, "Line", "Title", Jan1,
        [new TemplateField("start", "Start", FieldType.Time) { Required = true }, new TemplateField("end", "End", FieldType.Time)],
        checks);

    [Fact]
    public void Rejects_a_check_that_names_a_missing_field()
    {
        var ex = Assert.Throws<TemplateDefinitionException>(() => new TemplateCatalog([Minimal(new EndAfterStartCheck("start", "finish"))], []));

        Assert.Contains(ex.Problems, p => p.Contains("'finish'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_choice_without_options_and_duplicate_fields()
    {
        var template = Minimal() with
        {
            Fields = [new TemplateField("a", "A", FieldType.Choice), new TemplateField("a", "A again", FieldType.Text)],
        };

        var ex = Assert.Throws<TemplateDefinitionException>(() => new TemplateCatalog([template], []));

        Assert.Contains(ex.Problems, p => p.Contains("no options", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("defined 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_overlay_requiring_a_field_the_template_lacks()
    {
        var overlay = new PayerOverlay("o", 1, "payer", "t", Jan1, "why") { RequireFields = ["nope"] };

        var ex = Assert.Throws<TemplateDefinitionException>(() => new TemplateCatalog([Minimal()], [overlay]));

        Assert.Contains(ex.Problems, p => p.Contains("'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_overlay_for_an_unknown_template()
    {
        var overlay = new PayerOverlay("o", 1, "payer", "missing", Jan1, "why");

        Assert.Throws<TemplateDefinitionException>(() => new TemplateCatalog([Minimal()], [overlay]));
    }

    [Fact]
    public void Rejects_the_same_template_version_twice()
    {
        Assert.Throws<TemplateDefinitionException>(() => new TemplateCatalog([Minimal(), Minimal()], []));
    }

    [Theory]
    [InlineData("""{ "id": "x", "version": 1, "serviceLine": "l", "title": "t", "effectiveFrom": "2026-01-01T00:00:00Z", "fields": [], "checks": [ { "kind": "noSuchCheck" } ] }""", "noSuchCheck")]
    [InlineData("""{ "id": "x", "version": 1, "serviceLine": "l", "title": "t", "effectiveFrom": "2026-01-01T00:00:00Z", "checks": [] }""", "fields")]
    [InlineData("""{ "id": "x", "version": 1, "serviceLine": "l", "title": "t", "effectiveFrom": "2026-01-01T00:00:00Z", "fields": [ { "id": "a", "label": "A", "type": "clock" } ], "checks": [] }""", "$.fields[0].type")]
    [InlineData("""{ "id": "x", "version": 1, "serviceLine": "l", "title": "t", "effectiveFrom": "2026-01-01T00:00:00Z", "fields": [], "checks": [], "colour": "red" }""", "colour")]
    public void Rejects_unreadable_json_with_a_pointer_to_the_problem(string json, string mentioned)
    {
        var ex = Assert.Throws<TemplateDefinitionException>(() => TemplateJson.ReadTemplate(json, "bad.template.json"));

        Assert.Equal("bad.template.json", ex.Origin);
        Assert.Contains(mentioned, ex.Message, StringComparison.Ordinal);
    }
}
