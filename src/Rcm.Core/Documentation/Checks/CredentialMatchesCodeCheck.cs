namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// DOC020/DOC021: the rendering provider must hold a credential permitted for each billed code, e.g. protocol
/// modification 97155 by a BCBA, direct treatment 97153 by an RBT or a behavior analyst (BACB and payer ABA policies),
/// PT evaluations by a PT and not a PTA. Codes without a row are not checked.
/// </summary>
/// <param name="Code">The service-code field.</param>
/// <param name="Permitted">Which credentials permit which codes.</param>
public sealed record CredentialMatchesCodeCheck(string Code, IReadOnlyList<CodeCredentials> Permitted) : TemplateCheck
{
    public override IEnumerable<string> ReferencedFields() => [Code];

    public override void Evaluate(CheckContext context, ICollection<DocumentationFinding> findings)
    {
        var held = context.RenderingCredentials.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reportedUnknown = false;
        foreach (var code in context.Values.Codes(Code))
        {
            var row = Permitted.FirstOrDefault(r => r.Codes.Contains(code, StringComparer.OrdinalIgnoreCase));
            if (row is null)
            {
                continue;
            }

            if (held.Count == 0)
            {
                if (!reportedUnknown)
                {
                    findings.Add(DocumentationRules.CredentialUnknown.Finding(Code,
                        $"The rendering provider has no credential on record, so code {code} cannot be confirmed. Add the provider's credential."));
                    reportedUnknown = true;
                }

                continue;
            }

            if (!row.Credentials.Any(held.Contains))
            {
                findings.Add(DocumentationRules.CredentialNotPermitted.Finding(Code,
                    $"Code {code} must be rendered by {string.Join(" or ", row.Credentials)}; the rendering provider holds {string.Join(", ", held.Order(StringComparer.Ordinal))}."));
            }
        }
    }
}
