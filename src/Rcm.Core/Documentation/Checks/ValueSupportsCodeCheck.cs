namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC013: a documented level must support the billed code, e.g. an office visit leveled by medical decision making
/// (AMA/CMS 2021 office E/M guidelines: 99212 straightforward, 99213 low, 99214 moderate, 99215 high; new-patient
/// codes alike). Codes without a row are not checked.
/// </summary>
/// <param name="Code">The service-code field.</param>
/// <param name="Value">The field holding the documented level.</param>
/// <param name="Supported">For each code, the levels that support it.</param>
public sealed record ValueSupportsCodeCheck(string Code, string Value, IReadOnlyList<CodeValues> Supported) : TemplateCheck
{
    public override IEnumerable<string> ReferencedFields() => [Code, Value];

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var values = context.Values;
        if (values.Raw(Value) is not { } documented)
        {
            return;
        }

        foreach (var code in values.Codes(Code))
        {
            var row = Supported.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
            if (row is not null && !row.Values.Contains(documented, StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(DocumentationRules.ValueDoesNotSupportCode.Finding(Value,
                    $"{values.Label(Value)} '{documented}' does not support code {code}, which needs {string.Join(" or ", row.Values)}. Correct the level or the code."));
            }
        }
    }
}
