using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

/// <summary>Per template (and per payer overlay): a complete note passes, and each required high-risk field is caught when missing.</summary>
public sealed class TemplateCompletenessTests
{
    [Theory]
    [MemberData(nameof(TemplatesAndPayers))]
    public void Complete_note_passes_at_signing_and_at_coding(string templateId, string? payerId)
    {
        var signing = NoteBuilder.Complete(templateId, payerId).CheckForSigning();
        FindingAssert.Clean(signing);

        var signed = NoteBuilder.Complete(templateId, payerId).BuildSigned();
        var coding = new CompletenessChecker(Catalogs.BuiltIn).CheckForCoding(signed);
        FindingAssert.Clean(coding);
        Assert.True(coding.IsComplete);
    }

    [Theory]
    [MemberData(nameof(RequiredHighRiskFields))]
    public void Missing_required_high_risk_field_is_caught_with_its_label(string templateId, string? payerId, string fieldId)
    {
        var report = NoteBuilder.Complete(templateId, payerId).Without(fieldId).CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC001", fieldId);
        Assert.True(Catalogs.BuiltIn.TryResolveForNewNote(templateId, payerId, Catalogs.Now, out var template));
        Assert.StartsWith($"{template.Field(fieldId)!.Label} is required and empty.", finding.Message, StringComparison.Ordinal);
        Assert.False(report.IsComplete);
    }

    [Theory]
    [MemberData(nameof(ConditionalHighRiskFields))]
    public void Missing_conditionally_required_high_risk_field_is_caught_when_its_condition_holds(string templateId, string? payerId, string fieldId)
    {
        Assert.True(Catalogs.BuiltIn.TryResolveForNewNote(templateId, payerId, Catalogs.Now, out var template));
        var condition = template.Field(fieldId)!.RequiredWhen!;

        var report = NoteBuilder.Complete(templateId, payerId).With(condition.Field, condition.AnyOf[0]).Without(fieldId).CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC002", fieldId);
        Assert.StartsWith($"{template.Field(fieldId)!.Label} is required because {template.Label(condition.Field)} is", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Unsigned_note_is_refused_at_coding_on_its_signature_field(string templateId)
    {
        var draft = NoteBuilder.Complete(templateId).Build();

        var report = new CompletenessChecker(Catalogs.BuiltIn).CheckForCoding(draft);

        Assert.True(Catalogs.BuiltIn.TryResolveForNewNote(templateId, null, Catalogs.Now, out var template));
        FindingAssert.Single(report, "DOC040", template.SignatureField!.Id);
    }

    public static TheoryData<string, string?> TemplatesAndPayers()
    {
        var data = new TheoryData<string, string?>();
        foreach (var id in Catalogs.TemplateIds)
        {
            data.Add(id, null);
        }

        foreach (var overlay in Catalogs.BuiltIn.Overlays)
        {
            data.Add(overlay.TemplateId, overlay.PayerCode);
        }

        return data;
    }

    public static TheoryData<string, string?, string> RequiredHighRiskFields()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var row in TemplatesAndPayers())
        {
            var templateId = (string)row[0];
            var payerId = (string?)row[1];
            Catalogs.BuiltIn.TryResolveForNewNote(templateId, payerId, Catalogs.Now, out ResolvedTemplate template);
            var fields = template.Fields.Where(f => f.Required && f.HighRisk && !f.SignsNote);
            // With an overlay, only the fields it adds or makes required are new; the template's own are covered above.
            if (template.Overlay is { } overlay)
            {
                fields = fields.Where(f => overlay.AddFields.Any(a => a.Id == f.Id) || overlay.RequireFields.Contains(f.Id));
            }

            foreach (var field in fields)
            {
                data.Add(templateId, payerId, field.Id);
            }
        }

        return data;
    }

    public static TheoryData<string, string?, string> ConditionalHighRiskFields()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var row in TemplatesAndPayers())
        {
            var templateId = (string)row[0];
            var payerId = (string?)row[1];
            Catalogs.BuiltIn.TryResolveForNewNote(templateId, payerId, Catalogs.Now, out ResolvedTemplate template);
            foreach (var field in template.Fields.Where(f => f.HighRisk && !f.Required && f.RequiredWhen is not null))
            {
                if (template.Overlay is null || template.Overlay.AddFields.Any(a => a.Id == field.Id))
                {
                    data.Add(templateId, payerId, field.Id);
                }
            }
        }

        return data;
    }

    public static TheoryData<string> TemplateIds() => [.. Catalogs.TemplateIds];
}
