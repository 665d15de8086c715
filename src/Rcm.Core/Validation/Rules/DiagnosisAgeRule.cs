using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// ICD003: the patient's age fits each diagnosis's Medicare Code Editor age range (newborn 0, pediatric 0–17, maternity 9–64,
/// adult 15–124). A warning: the MCE is an inpatient editor and commercial payers apply it unevenly.
/// </summary>
public sealed class DiagnosisAgeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD003", FindingSeverity.Warn, "Diagnosis inconsistent with the patient's age");

    public DiagnosisAgeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.FirstServiceDate is not { } on || claim.PatientPerson.AgeOn(on) is not { } age)
        {
            return;
        }

        for (int i = 0; i < claim.Diagnoses.Count; i++)
        {
            var code = claim.Diagnoses[i].Code;
            var edits = context.Codes.DiagnosisEdits(code, on);
            string? range =
                (edits & DiagnosisEdits.Newborn) != 0 && age != 0 ? "newborns (age 0)"
                : (edits & DiagnosisEdits.Pediatric) != 0 && age > 17 ? "children (0–17)"
                : (edits & DiagnosisEdits.Maternity) != 0 && (age < 9 || age > 64) ? "maternity ages (9–64)"
                : (edits & DiagnosisEdits.Adult) != 0 && age < 15 ? "adults (15 and over)"
                : null;
            if (range is not null)
            {
                Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis '{code}' is for {range}, but the patient is {age}.", "Check the patient's birth date and the diagnosis code.");
            }
        }
    }
}
