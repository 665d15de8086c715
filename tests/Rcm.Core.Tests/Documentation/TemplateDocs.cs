using System.Globalization;
using System.Text;
using Rcm.Core.Documentation;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// Renders the generated parts of docs/templates.md (field tables, overlays, DOC codes) from the catalog and the rule
/// registry, so the document cannot drift from the data. UPDATE_GOLDEN=1 rewrites them; otherwise a test compares.
/// </summary>
internal static class TemplateDocs
{
    public static string Templates(TemplateCatalog catalog)
    {
        var md = new StringBuilder();
        foreach (var template in catalog.Templates)
        {
            md.Append(CultureInfo.InvariantCulture, $"### `{template.Id}` v{template.Version}: {template.ServiceLine}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{template.Title}; in effect from {template.EffectiveFrom:yyyy-MM-dd}.\n\n");
            md.Append("| Field | Label | Type | Role | Required | High-risk | Why it matters |\n|---|---|---|---|---|---|---|\n");
            foreach (var field in template.Fields)
            {
                md.Append(Row(template, field));
            }

            md.Append("\nChecks: ");
            md.Append(string.Join("; ", template.Checks.Select(c => $"`{Kind(c)}`" + (c.When is { } w ? $" (when `{w.Field}` is {string.Join("/", w.AnyOf)})" : ""))));
            md.Append(".\n\n");
        }

        return md.ToString();
    }

    public static string Overlays(TemplateCatalog catalog)
    {
        var md = new StringBuilder("| Overlay | Payer | Template | From | Adds fields | Makes required | Replaces checks | Why |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var o in catalog.Overlays)
        {
            var added = string.Join(", ", o.AddFields.Select(f => f.RequiredWhen is { } w ? $"`{f.Id}` (when `{w.Field}` is {string.Join("/", w.AnyOf)})" : $"`{f.Id}`"));
            md.Append(CultureInfo.InvariantCulture,
                $"| `{o.Id}` v{o.Version} | `{o.PayerCode}` | `{o.TemplateId}` | {o.EffectiveFrom:yyyy-MM-dd} | {added} | {string.Join(", ", o.RequireFields.Select(f => $"`{f}`"))} | {string.Join(", ", o.ReplaceChecks.Select(c => $"`{c.Id}`"))} | {o.Reason} |\n");
        }

        return md.ToString();
    }

    public static string Codes()
    {
        var md = new StringBuilder("| Code | Severity | Meaning |\n|---|---|---|\n");
        foreach (var rule in DocumentationRules.All)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {rule.Code} | {rule.Severity} | {rule.Title} |\n");
        }

        return md.ToString();
    }

    private static string Row(DocumentationTemplate template, TemplateField field)
    {
        var required = field.Required ? "yes"
            : field.RequiredWhen is { } w ? $"when `{w.Field}` is {string.Join("/", w.AnyOf)}"
            : template.Checks.OfType<Rcm.Core.Documentation.Checks.TelehealthCheck>().Any(t => t.ReferencedFields().Take(3).Contains(field.Id)) ? "for telehealth (DOC025–DOC027)"
            : "";
        var type = field.Type.ToString().ToLowerInvariant() + (field.Multiple ? " (several)" : "") + (field.SignsNote ? " (signing)" : "");
        var role = field.Role == FieldRole.None ? "" : char.ToLowerInvariant(field.Role.ToString()[0]) + field.Role.ToString()[1..];
        return $"| `{field.Id}` | {field.Label} | {type} | {role} | {required} | {(field.HighRisk ? "yes" : "")} | {field.Why} |\n";
    }

    private static string Kind(Rcm.Core.Documentation.Checks.TemplateCheck check)
    {
        var name = check.GetType().Name.Replace("Check", "", StringComparison.Ordinal);
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
