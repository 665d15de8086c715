using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>INS001: every institutional line carries a four-digit revenue code (X223A2 2400 SV201, NUBC UB-04 FL 42).</summary>
public sealed class RevenueCodeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("INS001", FindingSeverity.Block, "Institutional line without a revenue code");

    public RevenueCodeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.Kind != ClaimKind.Institutional)
        {
            return;
        }

        foreach (var line in claim.Lines)
        {
            if (line.RevenueCode is not { Length: 4 } code || !CodeText.IsDigits(code))
            {
                Report(findings, LineField(line.Number, "revenueCode"), line.Number, $"The line has no four-digit revenue code ('{line.RevenueCode}').", "Set the revenue code from the charge master (e.g. 0420 physical therapy).");
            }
        }
    }
}
