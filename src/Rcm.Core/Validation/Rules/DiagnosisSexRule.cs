using Rcm.Core.Claims;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>ICD004: a sex-specific diagnosis (Medicare Code Editor male-only / female-only lists) matches the patient's sex on file.</summary>
public sealed class DiagnosisSexRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD004", FindingSeverity.Block, "Diagnosis inconsistent with the patient's sex");

    public DiagnosisSexRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        var sex = claim.PatientPerson.Sex;
        if (sex == AdministrativeSex.Unknown)
        {
            return;
        }

        var on = claim.FirstServiceDate ?? context.Today;
        for (int i = 0; i < claim.Diagnoses.Count; i++)
        {
            var code = claim.Diagnoses[i].Code;
            var edits = context.Codes.DiagnosisEdits(code, on);
            if ((sex == AdministrativeSex.Male && (edits & DiagnosisEdits.FemaleOnly) != 0)
                || (sex == AdministrativeSex.Female && (edits & DiagnosisEdits.MaleOnly) != 0))
            {
                Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis '{code}' applies only to {(sex == AdministrativeSex.Male ? "female" : "male")} patients; the patient is {sex.ToString().ToLowerInvariant()} on file.", "Check the diagnosis code, or correct the patient's sex as the payer has it.");
            }
        }
    }
}
