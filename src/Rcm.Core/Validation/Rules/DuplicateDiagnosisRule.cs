namespace Rcm.Core.Validation.Rules;

/// <summary>ICD006: a diagnosis code is listed once; a repeat wastes one of the 12 (837P) slots and some payers reject it.</summary>
public sealed class DuplicateDiagnosisRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD006", FindingSeverity.Warn, "Diagnosis listed twice");

    public DuplicateDiagnosisRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var diagnoses = context.Claim.Diagnoses;
        for (int i = 1; i < diagnoses.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (diagnoses[i].Code.Length > 0 && string.Equals(diagnoses[i].Code, diagnoses[j].Code, StringComparison.Ordinal))
                {
                    Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis '{diagnoses[i].Code}' is listed again (also number {j + 1}).", $"Remove the repeat and point the lines to diagnosis {j + 1}.");
                    break;
                }
            }
        }
    }
}
