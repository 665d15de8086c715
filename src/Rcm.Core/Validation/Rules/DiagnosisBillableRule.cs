using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>ICD002: every diagnosis is billable: coded to the highest specificity, with a 7th character where the category needs one.</summary>
public sealed class DiagnosisBillableRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD002", FindingSeverity.Block, "Diagnosis code not billable (not specific enough)");

    public DiagnosisBillableRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        var on = claim.FirstServiceDate ?? context.Today;
        for (int i = 0; i < claim.Diagnoses.Count; i++)
        {
            var code = claim.Diagnoses[i].Code;
            if (context.Codes.Diagnosis(code, on) == DiagnosisCodeStatus.NotBillable)
            {
                Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis '{code}' is a category heading, not a billable code.", "Code to the full specificity the note supports (all characters, including a 7th character where required).");
            }
        }
    }
}
