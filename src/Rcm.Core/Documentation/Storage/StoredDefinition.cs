using Rcm.Core.Documentation.Templates;
using Rcm.Core.Shared;

namespace Rcm.Core.Documentation.Storage;

/// <summary>
/// One published template or payer-overlay version of one practice, kept as the same JSON the shipped files use
/// (docs/templates.md: one format for files and API). Rows are only ever added: a change is a new version, so notes
/// pinned to an older version can always be checked against exactly what they were started on.
/// </summary>
public sealed class StoredDefinition : TenantEntity
{
    private StoredDefinition() { }

    private StoredDefinition(long practiceId, DefinitionKind kind, string definitionId, int definitionVersion, string templateId, string? payerCode,
        DateTimeOffset effectiveFrom, string json, string publishedBy, DateTimeOffset at)
    {
        Kind = kind;
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        TemplateId = templateId;
        PayerCode = payerCode;
        EffectiveFrom = effectiveFrom;
        Json = json;
        PublishedBy = publishedBy;
        Created(practiceId, at, "documentation_definition.published", $"kind={kind};id={definitionId};version={definitionVersion}");
    }

    public DefinitionKind Kind { get; private set; }

    /// <summary>The template id (for a template) or the overlay id (for an overlay).</summary>
    public string DefinitionId { get; private set; } = "";

    public int DefinitionVersion { get; private set; }

    /// <summary>The template the definition is (or overlays).</summary>
    public string TemplateId { get; private set; } = "";

    /// <summary>The payer an overlay is for; null for a template.</summary>
    public string? PayerCode { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    /// <summary>The definition as JSON (<see cref="TemplateJson"/>).</summary>
    public string Json { get; private set; } = "";

    /// <summary>Who published it: a staff actor, or <c>system</c> for the built-in seed.</summary>
    public string PublishedBy { get; private set; } = "";

    public static StoredDefinition Of(long practiceId, DocumentationTemplate template, string publishedBy, DateTimeOffset at) =>
        new(practiceId, DefinitionKind.Template, template.Id, template.Version, template.Id, null, template.EffectiveFrom, TemplateJson.Write(template), publishedBy, at);

    public static StoredDefinition Of(long practiceId, PayerOverlay overlay, string publishedBy, DateTimeOffset at) =>
        new(practiceId, DefinitionKind.Overlay, overlay.Id, overlay.Version, overlay.TemplateId, overlay.PayerCode, overlay.EffectiveFrom, TemplateJson.Write(overlay), publishedBy, at);
}
