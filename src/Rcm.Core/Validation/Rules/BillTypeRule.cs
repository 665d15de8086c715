using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>INS002: an institutional claim names its facility type and bill classification (type of bill digits 2–3, X223A2 2300 CLM05-1).</summary>
public sealed class BillTypeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("INS002", FindingSeverity.Block, "Institutional claim without a type of bill");

    public BillTypeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.Kind == ClaimKind.Institutional
            && (claim.FacilityTypeCode is not { Length: 2 } code || !CodeText.IsDigits(code)))
        {
            Report(findings, "facilityTypeCode", null, $"The type of bill '{claim.FacilityTypeCode}' is not two digits (facility type and classification).", "Set the type of bill, e.g. 13 for hospital outpatient or 74 for outpatient rehabilitation.");
        }
    }
}
