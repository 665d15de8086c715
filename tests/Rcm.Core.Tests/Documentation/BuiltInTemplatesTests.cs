using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

public sealed class BuiltInTemplatesTests
{
    [Fact]
    public void Loads_a_template_for_each_required_service_line()
    {
        var lines = Catalogs.BuiltIn.Templates.Select(t => t.ServiceLine).ToList();

        Assert.Contains("ABA therapy", lines);
        Assert.Contains("Behavioural health psychotherapy", lines);
        Assert.Contains("Primary care office visit", lines);
        Assert.Contains("Physical therapy", lines);
        Assert.Contains("Telehealth", lines);
        Assert.Equal(Catalogs.TemplateIds, Catalogs.BuiltIn.Templates.Select(t => t.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_template_has_required_high_risk_fields_and_one_signature(string templateId)
    {
        Assert.True(Catalogs.BuiltIn.TryResolveForNewNote(templateId, null, Catalogs.Now, out var template));

        Assert.Contains(template.Fields, f => f.Required && f.HighRisk && !f.SignsNote);
        Assert.Single(template.Fields, f => f.SignsNote);
    }

    [Fact]
    public void Ships_payer_overlays_for_three_payers()
    {
        var overlays = Catalogs.BuiltIn.Overlays.Select(o => (o.PayerCode, o.TemplateId)).ToList();

        Assert.Contains(("demo-medicaid", "aba-therapy"), overlays);
        Assert.Contains(("demo-medicare", "pt-treatment"), overlays);
        Assert.Contains(("demo-commercial", "bh-psychotherapy"), overlays);
    }

    [Fact]
    public void Cpt_codes_are_numbers_without_descriptors()
    {
        // CPT descriptors are AMA copyright: the data may carry code numbers only. A descriptor would show up as a label
        // or note containing the code next to words; the labels are our own and must not name codes at all.
        foreach (var (name, json) in BuiltInTemplates.ReadAll())
        {
            var template = name.EndsWith(".template.json", StringComparison.Ordinal) ? TemplateJson.ReadTemplate(json, name) : null;
            foreach (var field in template?.Fields ?? [])
            {
                Assert.DoesNotMatch(@"\b9\d{4}\b", field.Label);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Round_trips_through_json_unchanged(string templateId)
    {
        var template = Catalogs.BuiltIn.Templates.Single(t => t.Id == templateId);

        var json = TemplateJson.Write(template);
        var again = TemplateJson.ReadTemplate(json, "round-trip");

        Assert.Equal(json, TemplateJson.Write(again));
        Assert.Equal(template.Checks.Select(c => c.GetType()), again.Checks.Select(c => c.GetType()));
        Assert.Equal(template.Fields, again.Fields, (a, b) => a.Id == b.Id && a.Required == b.Required && a.HighRisk == b.HighRisk && a.Type == b.Type);
    }

    public static TheoryData<string> TemplateIds() => [.. Catalogs.TemplateIds];
}
