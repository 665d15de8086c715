using System.Collections.Concurrent;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// Every template version and payer overlay version known to the practice, and the two questions asked of them: which
/// versions does a note started now get, and what is a pinned note held to. Immutable once built; thread-safe.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<(string Id, int Version), DocumentationTemplate> _templates = [];
    private readonly Dictionary<(string Id, int Version), PayerOverlay> _overlays = [];
    private readonly ConcurrentDictionary<TemplatePin, ResolvedTemplate> _resolved = new();

    /// <summary>Builds the catalog; throws <see cref="TemplateDefinitionException"/> when a definition does not hang together.</summary>
    public TemplateCatalog(IEnumerable<DocumentationTemplate> templates, IEnumerable<PayerOverlay> overlays)
    {
        foreach (var template in templates)
        {
            TemplateDefinitionValidator.EnsureValid(template, $"{template.Id} v{template.Version}");
            if (!_templates.TryAdd((template.Id, template.Version), template))
            {
                throw new TemplateDefinitionException($"{template.Id} v{template.Version}", ["this template version is defined twice"]);
            }
        }

        foreach (var overlay in overlays)
        {
            var origin = $"{overlay.Id} v{overlay.Version}";
            TemplateDefinitionValidator.EnsureValid(overlay, _templates.Values.Where(t => t.Id == overlay.TemplateId), origin);
            if (!_overlays.TryAdd((overlay.Id, overlay.Version), overlay))
            {
                throw new TemplateDefinitionException(origin, ["this overlay version is defined twice"]);
            }
        }

        if (_overlays.Values.GroupBy(o => o.Id).FirstOrDefault(g => g.Select(o => (o.PayerCode, o.TemplateId)).Distinct().Count() > 1) is { } mixed)
        {
            throw new TemplateDefinitionException(mixed.Key, ["all versions of an overlay must name the same payer and template"]);
        }
    }

    /// <summary>Every template version, by id then version.</summary>
    public IReadOnlyList<DocumentationTemplate> Templates => [.. _templates.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => t.Version)];

    /// <summary>Every overlay version, by id then version.</summary>
    public IReadOnlyList<PayerOverlay> Overlays => [.. _overlays.Values.OrderBy(o => o.Id, StringComparer.Ordinal).ThenBy(o => o.Version)];

    /// <summary>
    /// A catalog with one more template version: how an edit is published (versions are never changed in place). The
    /// version must be above every existing version of the template and take effect no earlier than the latest of them.
    /// Notes already started keep their pins; new notes get the new version once it is in effect.
    /// </summary>
    /// <exception cref="TemplateDefinitionException">The definition does not hang together, or breaks the version order.</exception>
    public TemplateCatalog Publish(DocumentationTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        EnsureFollows(_templates.Values.Where(t => t.Id == template.Id).Select(t => (t.Version, t.EffectiveFrom)), template.Version, template.EffectiveFrom, $"{template.Id} v{template.Version}");
        return new TemplateCatalog([.. _templates.Values, template], _overlays.Values);
    }

    /// <summary>A catalog with one more payer-overlay version; same version rules as <see cref="Publish(DocumentationTemplate)"/>.</summary>
    /// <exception cref="TemplateDefinitionException">The definition does not hang together, or breaks the version order.</exception>
    public TemplateCatalog Publish(PayerOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        EnsureFollows(_overlays.Values.Where(o => o.Id == overlay.Id).Select(o => (o.Version, o.EffectiveFrom)), overlay.Version, overlay.EffectiveFrom, $"{overlay.Id} v{overlay.Version}");
        return new TemplateCatalog(_templates.Values, [.. _overlays.Values, overlay]);
    }

    /// <summary>
    /// The template a note started at <paramref name="at"/> gets: the latest version of <paramref name="templateId"/> in effect,
    /// with the latest overlay version for the payer with <paramref name="payerCode"/> in effect (none for self-pay or a payer without one).
    /// </summary>
    /// <returns>False when no version of the template is in effect at that instant (or the id is unknown).</returns>
    public bool TryResolveForNewNote(string templateId, string? payerCode, DateTimeOffset at, out ResolvedTemplate resolved)
    {
        var template = _templates.Values
            .Where(t => t.Id == templateId && t.EffectiveFrom <= at)
            .MaxBy(t => t.Version);
        if (template is null)
        {
            resolved = null!;
            return false;
        }

        // One overlay per payer and template is expected; should a payer have several (different ids), the one taking effect
        // last wins, so the newest payer instruction is followed.
        var overlay = payerCode is null
            ? null
            : _overlays.Values
                .Where(o => o.TemplateId == templateId && o.PayerCode == payerCode && o.EffectiveFrom <= at)
                .OrderBy(o => o.EffectiveFrom)
                .ThenBy(o => o.Version)
                .LastOrDefault();
        resolved = Resolve(template, overlay);
        return true;
    }

    /// <summary>What a note pinned to <paramref name="pin"/> is held to; false when a pinned version is not in the catalog.</summary>
    public bool TryResolvePinned(TemplatePin pin, out ResolvedTemplate resolved)
    {
        if (_resolved.TryGetValue(pin, out resolved!))
        {
            return true;
        }

        if (!_templates.TryGetValue((pin.TemplateId, pin.TemplateVersion), out var template))
        {
            return false;
        }

        PayerOverlay? overlay = null;
        if (pin.OverlayId is not null && !_overlays.TryGetValue((pin.OverlayId, pin.OverlayVersion ?? 0), out overlay))
        {
            return false;
        }

        resolved = Resolve(template, overlay);
        return true;
    }

    private static void EnsureFollows(IEnumerable<(int Version, DateTimeOffset EffectiveFrom)> existing, int version, DateTimeOffset effectiveFrom, string origin)
    {
        var earlier = existing.ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        var latest = earlier.MaxBy(e => e.Version);
        var problems = new List<string>();
        if (version <= latest.Version)
        {
            problems.Add($"version {version} is not above the latest published version {latest.Version}");
        }

        if (effectiveFrom < latest.EffectiveFrom)
        {
            problems.Add($"it would take effect ({effectiveFrom:yyyy-MM-dd HH:mm}) before version {latest.Version} ({latest.EffectiveFrom:yyyy-MM-dd HH:mm})");
        }

        if (problems.Count > 0)
        {
            throw new TemplateDefinitionException(origin, problems);
        }
    }

    private ResolvedTemplate Resolve(DocumentationTemplate template, PayerOverlay? overlay)
    {
        var pin = new TemplatePin(template.Id, template.Version, overlay?.Id, overlay?.Version);
        return _resolved.GetOrAdd(pin, _ => new ResolvedTemplate(template, overlay));
    }
}
