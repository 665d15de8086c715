using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// ICD005: a manifestation code is never the first-listed diagnosis (ICD-10-CM guideline I.A.13: "code first" the underlying
/// condition; MCE manifestation edit).
/// </summary>
public sealed class ManifestationPrincipalRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD005", FindingSeverity.Block, "Manifestation code listed first");

    public ManifestationPrincipalRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.Diagnoses.Count == 0)
        {
            return;
        }

        var code = claim.Diagnoses[0].Code;
        if ((context.Codes.DiagnosisEdits(code, claim.FirstServiceDate ?? context.Today) & DiagnosisEdits.Manifestation) != 0)
        {
            Report(findings, "diagnoses[1].code", null, $"Diagnosis '{code}' describes a manifestation and cannot be listed first.", "List the underlying condition first and this code after it.");
        }
    }
}
