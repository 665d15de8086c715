using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>ICD001: every diagnosis is an ICD-10-CM code in the code set in force on the date of service (codes change each October 1).</summary>
public sealed class DiagnosisKnownRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD001", FindingSeverity.Block, "Diagnosis code not valid on the date of service");

    public DiagnosisKnownRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        var on = claim.FirstServiceDate ?? context.Today;
        for (int i = 0; i < claim.Diagnoses.Count; i++)
        {
            var code = claim.Diagnoses[i].Code;
            if (code.Length == 0)
            {
                Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis {i + 1} has no code.", "Enter the ICD-10-CM code, or remove the empty diagnosis.");
            }
            else if (context.Codes.Diagnosis(code, on) == DiagnosisCodeStatus.Unknown)
            {
                Report(findings, $"diagnoses[{i + 1}].code", null, $"Diagnosis '{code}' is not an ICD-10-CM code on {on:yyyy-MM-dd}.", "Look the code up in the ICD-10-CM edition for the date of service; codes added or deleted each October 1 are the usual cause.");
            }
        }
    }
}
