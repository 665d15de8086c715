using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>ICD007: at most 12 diagnoses on a professional claim (X222A1 2300 HI, two segments are not allowed) and 25 on an institutional one.</summary>
public sealed class DiagnosisCountRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("ICD007", FindingSeverity.Block, "Too many diagnoses");

    public DiagnosisCountRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        int max = claim.Kind == ClaimKind.Professional ? 12 : 25;
        if (claim.Diagnoses.Count > max)
        {
            Report(findings, "diagnoses", null, $"The claim lists {claim.Diagnoses.Count} diagnoses; at most {max} fit.", $"Keep the {max} diagnoses that the service lines point to, or split the claim.");
        }
    }
}
