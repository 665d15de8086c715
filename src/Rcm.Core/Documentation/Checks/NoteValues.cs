using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// A note's values seen through its resolved template: typed reads for the checks, labels for their messages. A value
/// that is empty or does not parse reads as absent here; the field rules report it (DOC001–DOC005), so a check never
/// repeats a finding another rule already made.
/// </summary>
public sealed class NoteValues
{
    private readonly IReadOnlyDictionary<string, string> _values;

    // Code lists are read by several checks and conditions; split each field once per check run.
    private readonly Dictionary<string, IReadOnlyList<string>> _codes = new(StringComparer.Ordinal);

    public NoteValues(ResolvedTemplate template, IReadOnlyDictionary<string, string> values)
    {
        Template = template;
        _values = values;
    }

    public ResolvedTemplate Template { get; }

    /// <summary>The trimmed value, or null when empty.</summary>
    public string? Raw(string fieldId) =>
        _values.TryGetValue(fieldId, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool Has(string fieldId) => Raw(fieldId) is not null;

    public string Label(string fieldId) => Template.Label(fieldId);

    public bool TryTime(string fieldId, out TimeOnly time)
    {
        time = default;
        return Raw(fieldId) is { } raw && FieldValueFormat.TryTime(raw, out time);
    }

    public bool TryMinutes(string fieldId, out int minutes)
    {
        minutes = 0;
        return Raw(fieldId) is { } raw && FieldValueFormat.TryMinutes(raw, out minutes);
    }

    public bool TryNumber(string fieldId, out decimal number)
    {
        number = 0;
        return Raw(fieldId) is { } raw && FieldValueFormat.TryNumber(raw, out number);
    }

    /// <summary>The codes of a code field (one or several), or the single answer of any other field, upper-cased.</summary>
    public IReadOnlyList<string> Codes(string fieldId)
    {
        if (!_codes.TryGetValue(fieldId, out var codes))
        {
            codes = Raw(fieldId) is { } raw ? FieldValueFormat.Codes(raw) : [];
            _codes[fieldId] = codes;
        }

        return codes;
    }

    /// <summary>Whether <paramref name="condition"/> holds: the field's answer (or one of its codes) is among the listed ones.</summary>
    public bool Meets(FieldCondition condition)
    {
        var answers = Codes(condition.Field);
        return answers.Any(a => condition.AnyOf.Contains(a, StringComparer.OrdinalIgnoreCase));
    }
}
