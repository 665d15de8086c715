using Rcm.Core.Documentation.Checks;
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

    [Fact]
    public void Aba_template_takes_exactly_the_aba_codes_of_the_reference_list()
    {
        var path = Path.Combine(RepoRoot.Find(), "..", "shared", "reference", "modifiers", "bh_aba_procedure_codes.tsv");
        if (!File.Exists(path))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{path} is missing; CI needs it.");
            return;
        }

        var reference = File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length > 2 && cols[2] == "aba")
            .Select(cols => cols[0])
            .Order(StringComparer.Ordinal);
        var template = Catalogs.BuiltIn.Templates.Single(t => t.Id == "aba-therapy").Fields.Single(f => f.Id == "service_code");

        Assert.Equal(reference, template.Allowed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_allowed_service_code_has_a_credential_rule(string templateId)
    {
        // A code accepted by the form but missing from the credential table would never be checked for who rendered it.
        var template = Catalogs.BuiltIn.Templates.Single(t => t.Id == templateId);

        foreach (var check in template.Checks.OfType<CredentialMatchesCodeCheck>())
        {
            var field = template.Fields.Single(f => f.Id == check.Code);
            var covered = check.Permitted.SelectMany(p => p.Codes).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Assert.All(field.Allowed, code => Assert.Contains(code, covered));
        }

        Assert.NotEmpty(template.Checks.OfType<CredentialMatchesCodeCheck>());
    }

    public static TheoryData<string> TemplateIds() => [.. Catalogs.TemplateIds];
}
