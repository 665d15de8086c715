namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// The exact template version and payer-overlay version a note was started on. A note is always checked against its pin,
/// so a new template version or overlay changes new notes only and never re-opens old ones.
/// </summary>
/// <param name="TemplateId">Template id, e.g. <c>aba-therapy</c>.</param>
/// <param name="TemplateVersion">Template version.</param>
/// <param name="OverlayId">Payer overlay id, or null when no overlay applied.</param>
/// <param name="OverlayVersion">Payer overlay version, or null when no overlay applied.</param>
public sealed record TemplatePin(string TemplateId, int TemplateVersion, string? OverlayId, int? OverlayVersion)
{
    public override string ToString() =>
        OverlayId is null ? $"{TemplateId} v{TemplateVersion}" : $"{TemplateId} v{TemplateVersion} + {OverlayId} v{OverlayVersion}";
}
