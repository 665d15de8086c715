using System.Text.RegularExpressions;
using Rcm.Core.Documentation.Checks;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation;

/// <summary>
/// DOC003–DOC006: each value must be of its field's type, a choice among the options, codes among the allowed ones (or
/// of the field's shape); a value for a field the template does not have is flagged but does not block.
/// </summary>
internal static class FieldValueRule
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static void Evaluate(NoteValues values, IReadOnlyDictionary<string, string> raw, ICollection<DocumentationFinding> findings)
    {
        foreach (var field in values.Template.Fields)
        {
            if (values.Raw(field.Id) is { } value)
            {
                EvaluateOne(field, value, findings);
            }
        }

        foreach (var fieldId in raw.Keys.Where(k => values.Template.Field(k) is null).Order(StringComparer.Ordinal))
        {
            findings.Add(DocumentationRules.UnknownField.Finding(fieldId, $"'{fieldId}' is not a field of {values.Template.Pin}; the value is kept but not checked."));
        }
    }

    private static void EvaluateOne(TemplateField field, string value, ICollection<DocumentationFinding> findings)
    {
        var wrongType = field.Type switch
        {
            FieldType.Time when !FieldValueFormat.TryTime(value, out _) => "a time of day like 09:30",
            FieldType.Duration when !FieldValueFormat.TryMinutes(value, out _) => "whole minutes like 45",
            FieldType.Number when !FieldValueFormat.TryNumber(value, out _) => "a number like 4",
            FieldType.Date when !FieldValueFormat.TryDate(value, out _) => "a date like 2026-03-31",
            _ => null,
        };
        if (wrongType is not null)
        {
            findings.Add(DocumentationRules.ValueNotOfFieldType.Finding(field.Id, $"{field.Label} must be {wrongType}; '{value}' is not."));
            return;
        }

        if (field.Type == FieldType.Choice && !field.Options.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(DocumentationRules.ChoiceNotOffered.Finding(field.Id, $"{field.Label} must be one of {string.Join(", ", field.Options)}; '{value}' is not."));
        }
        else if (field.Type == FieldType.Code)
        {
            EvaluateCodes(field, value, findings);
        }
    }

    private static void EvaluateCodes(TemplateField field, string value, ICollection<DocumentationFinding> findings)
    {
        var codes = FieldValueFormat.Codes(value);
        if (codes.Count > 1 && !field.Multiple)
        {
            findings.Add(DocumentationRules.CodeNotAllowed.Finding(field.Id, $"{field.Label} takes one code; {codes.Count} were given."));
        }

        foreach (var code in codes)
        {
            if (field.Allowed.Count > 0 && !field.Allowed.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(DocumentationRules.CodeNotAllowed.Finding(field.Id, $"{code} is not a {field.Label} this template accepts ({string.Join(", ", field.Allowed)})."));
            }
            else if (field.Pattern is { } pattern && !Regex.IsMatch(code, pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout))
            {
                findings.Add(DocumentationRules.CodeNotAllowed.Finding(field.Id, $"{code} is not a well-formed {field.Label}."));
            }
        }
    }
}
