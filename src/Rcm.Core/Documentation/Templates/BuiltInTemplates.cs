using System.Reflection;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// The templates and payer overlays shipped with OpenRCM, embedded from Documentation/Templates/Data: files named
/// <c>*.template.json</c> and <c>*.overlay.json</c>. Phase 2 seeds the database from these; practices then edit their own copies.
/// </summary>
public static class BuiltInTemplates
{
    private const string ResourcePrefix = "Rcm.Core.Documentation.Templates.Data.";

    /// <summary>Reads every embedded definition and builds a catalog; throws <see cref="TemplateDefinitionException"/> on a bad file.</summary>
    public static TemplateCatalog Load()
    {
        var templates = new List<DocumentationTemplate>();
        var overlays = new List<PayerOverlay>();
        foreach (var (name, json) in ReadAll())
        {
            if (name.EndsWith(".template.json", StringComparison.Ordinal))
            {
                templates.Add(TemplateJson.ReadTemplate(json, name));
            }
            else if (name.EndsWith(".overlay.json", StringComparison.Ordinal))
            {
                overlays.Add(TemplateJson.ReadOverlay(json, name));
            }
            else
            {
                throw new TemplateDefinitionException(name, ["a definition file must end in .template.json or .overlay.json"]);
            }
        }

        if (templates.Count == 0)
        {
            // The files are embedded by one line in Rcm.Core.csproj; without it the catalog would be silently empty.
            throw new InvalidOperationException("No built-in documentation templates are embedded in Rcm.Core.");
        }

        return new TemplateCatalog(templates, overlays);
    }

    /// <summary>The embedded definition files as (resource name without prefix, JSON text), in name order.</summary>
    public static IEnumerable<(string Name, string Json)> ReadAll()
    {
        var assembly = typeof(BuiltInTemplates).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (resource[ResourcePrefix.Length..], Read(assembly, resource));
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} vanished.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
