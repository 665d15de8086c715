namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// Checks that a template or overlay hangs together before it is used: unique ids, options for choices, checks and
/// conditions that name existing fields. Definitions come from files and, later, from an editor in the UI, so every
/// problem is reported at once.
/// </summary>
internal static class TemplateDefinitionValidator
{
    public static void EnsureValid(DocumentationTemplate template, string origin)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template.Id))
        {
            problems.Add("the template has no id");
        }

        if (template.Version < 1)
        {
            problems.Add($"version {template.Version} is not 1 or more");
        }

        CheckFields(template.Fields, problems);
        CheckChecks(template.Checks, template.Fields, problems);
        Throw(origin, problems);
    }

    public static void EnsureValid(PayerOverlay overlay, IEnumerable<DocumentationTemplate> templateVersions, string origin)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(overlay.PayerCode))
        {
            problems.Add("the overlay names no payer");
        }

        var versions = templateVersions.ToList();
        if (versions.Count == 0)
        {
            problems.Add($"template '{overlay.TemplateId}' does not exist");
        }

        foreach (var template in versions)
        {
            var merged = new ResolvedTemplate(template, overlay);
            foreach (var id in overlay.RequireFields.Where(id => template.Fields.All(f => f.Id != id)))
            {
                problems.Add($"'{id}' is made required but {template.Id} v{template.Version} has no such field");
            }

            foreach (var id in overlay.ReplaceChecks.Select(c => c.Id))
            {
                if (id is null || template.Checks.All(c => c.Id != id))
                {
                    problems.Add($"replaced check '{id}' is not a check of {template.Id} v{template.Version}");
                }
            }

            CheckFields(merged.Fields, problems);
            CheckChecks(merged.Checks, merged.Fields, problems);
        }

        Throw(origin, problems);
    }

    private static void CheckFields(IReadOnlyList<TemplateField> fields, List<string> problems)
    {
        var ids = fields.Select(f => f.Id).ToList();
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"field '{duplicate.Key}' is defined {duplicate.Count()} times");
        }

        foreach (var field in fields)
        {
            if (field.Type == FieldType.Choice && field.Options.Count == 0)
            {
                problems.Add($"choice field '{field.Id}' has no options");
            }

            if (field.SignsNote && field.Type != FieldType.Signature)
            {
                problems.Add($"field '{field.Id}' signs the note but is not a signature field");
            }

            if (field.RequiredWhen is { } condition && !ids.Contains(condition.Field))
            {
                problems.Add($"field '{field.Id}' is required when '{condition.Field}', which is not a field");
            }
        }

        if (fields.Count(f => f.SignsNote) > 1)
        {
            problems.Add("more than one field signs the note");
        }
    }

    private static void CheckChecks(IReadOnlyList<Checks.TemplateCheck> checks, IReadOnlyList<TemplateField> fields, List<string> problems)
    {
        var ids = fields.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            var name = check.Id ?? check.GetType().Name;
            foreach (var field in check.ReferencedFields().Where(f => !ids.Contains(f)))
            {
                problems.Add($"check '{name}' uses field '{field}', which is not a field");
            }

            if (check.When is { } when && !ids.Contains(when.Field))
            {
                problems.Add($"check '{name}' applies when '{when.Field}', which is not a field");
            }
        }

        foreach (var duplicate in checks.Where(c => c.Id is not null).GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"check id '{duplicate.Key}' is used {duplicate.Count()} times");
        }
    }

    private static void Throw(string origin, List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new TemplateDefinitionException(origin, problems.Distinct().ToList());
        }
    }
}
