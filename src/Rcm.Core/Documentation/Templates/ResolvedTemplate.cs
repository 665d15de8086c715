using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// A template version with a payer overlay (if any) applied: the fields and checks a note is actually held to.
/// Built by <see cref="TemplateCatalog"/>; immutable.
/// </summary>
public sealed class ResolvedTemplate
{
    private readonly Dictionary<string, TemplateField> _byId;
    private readonly Dictionary<string, int> _order;

    internal ResolvedTemplate(DocumentationTemplate template, PayerOverlay? overlay)
    {
        Template = template;
        Overlay = overlay;
        Pin = new TemplatePin(template.Id, template.Version, overlay?.Id, overlay?.Version);
        Fields = MergeFields(template, overlay);
        Checks = MergeChecks(template, overlay);
        _byId = Fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _order = Fields.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public DocumentationTemplate Template { get; }

    public PayerOverlay? Overlay { get; }

    public TemplatePin Pin { get; }

    /// <summary>Template fields (with overlay requirements applied) followed by the overlay's added fields.</summary>
    public IReadOnlyList<TemplateField> Fields { get; }

    /// <summary>Template checks (overlay replacements applied) followed by the overlay's added checks.</summary>
    public IReadOnlyList<TemplateCheck> Checks { get; }

    public TemplateField? Field(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The label of a field for messages; the id itself when the field is unknown.</summary>
    public string Label(string id) => _byId.TryGetValue(id, out var field) ? field.Label : id;

    /// <summary>The form position of a field (for ordering findings); after every field when unknown or null.</summary>
    public int Position(string? id) => id is not null && _order.TryGetValue(id, out var position) ? position : int.MaxValue;

    /// <summary>The signature field the signing act fills, if the template has one.</summary>
    public TemplateField? SignatureField => Fields.FirstOrDefault(f => f.SignsNote);

    private static List<TemplateField> MergeFields(DocumentationTemplate template, PayerOverlay? overlay)
    {
        if (overlay is null)
        {
            return [.. template.Fields];
        }

        var required = overlay.RequireFields.ToHashSet(StringComparer.Ordinal);
        var fields = template.Fields.Select(f => required.Contains(f.Id) ? f with { Required = true } : f).ToList();
        fields.AddRange(overlay.AddFields);
        return fields;
    }

    private static List<TemplateCheck> MergeChecks(DocumentationTemplate template, PayerOverlay? overlay)
    {
        if (overlay is null)
        {
            return [.. template.Checks];
        }

        var replacements = overlay.ReplaceChecks.Where(c => c.Id is not null).ToDictionary(c => c.Id!, StringComparer.Ordinal);
        var checks = template.Checks.Select(c => c.Id is not null && replacements.TryGetValue(c.Id, out var r) ? r : c).ToList();
        checks.AddRange(overlay.AddChecks);
        return checks;
    }
}
