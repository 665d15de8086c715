using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// DXP001: each line points to one to four of the claim's diagnoses (X222A1 2400 SV107), every pointer names an existing
/// diagnosis, and none is repeated. Institutional lines carry no pointers.
/// </summary>
public sealed class DiagnosisPointerRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("DXP001", FindingSeverity.Block, "Diagnosis pointer missing, repeated or out of range");

    public DiagnosisPointerRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.Kind != ClaimKind.Professional)
        {
            return;
        }

        foreach (var line in claim.Lines)
        {
            var pointers = line.DiagnosisPointers;
            if (pointers.Count == 0)
            {
                Report(findings, LineField(line.Number, "diagnosisPointers"), line.Number, "The line does not point to any diagnosis.", "Point the line to the diagnosis it treats (1 for the principal diagnosis).");
                continue;
            }

            if (pointers.Count > 4)
            {
                Report(findings, LineField(line.Number, "diagnosisPointers"), line.Number, $"The line points to {pointers.Count} diagnoses; a line holds four pointers.", "Keep the four most relevant diagnoses, the main one first.");
            }

            for (int i = 0; i < pointers.Count; i++)
            {
                int pointer = pointers[i];
                if (pointer < 1 || pointer > claim.Diagnoses.Count)
                {
                    Report(findings, LineField(line.Number, "diagnosisPointers"), line.Number, $"Pointer {pointer} names no diagnosis; the claim has {claim.Diagnoses.Count}.", "Point to a diagnosis listed on the claim.");
                }

                for (int j = 0; j < i; j++)
                {
                    if (pointers[j] == pointer)
                    {
                        Report(findings, LineField(line.Number, "diagnosisPointers"), line.Number, $"Pointer {pointer} is repeated.", "Remove the repeated pointer.");
                        break;
                    }
                }
            }
        }
    }
}
