namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC012: documented minutes must fall in the range the billed code needs, e.g. psychotherapy 90832 16–37, 90834 38–52,
/// 90837 53 or more (CPT time rule: a unit of time is attained when the midpoint is passed; CMS MLN "Psychotherapy codes").
/// Codes without a row are not time-based and are not checked.
/// </summary>
/// <param name="Code">The service-code field (one or several codes).</param>
/// <param name="Minutes">The duration field.</param>
/// <param name="Ranges">The minutes each time-based code needs.</param>
public sealed record MinutesMatchCodeCheck(string Code, string Minutes, IReadOnlyList<CodeMinutes> Ranges) : TemplateCheck
{
    public override IEnumerable<string> ReferencedFields() => [Code, Minutes];

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (!values.TryMinutes(Minutes, out var minutes))
        {
            return;
        }

        foreach (var code in values.Codes(Code))
        {
            var range = Ranges.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
            if (range is not null && !range.Admits(minutes))
            {
                findings.Add(DocumentationRules.MinutesOutsideCodeRange.Finding(Minutes,
                    $"Code {code} needs {range.Describe()}; the note documents {minutes} ({values.Label(Minutes)}). Correct the minutes or the code."));
            }
        }
    }
}
