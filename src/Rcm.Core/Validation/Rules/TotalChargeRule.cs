namespace Rcm.Core.Validation.Rules;

/// <summary>CLM004: the claim total must equal the sum of its line charges (X222A1 2300 CLM02 balancing).</summary>
public sealed class TotalChargeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM004", FindingSeverity.Block, "Claim total differs from the sum of line charges");

    public TotalChargeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        decimal sum = 0;
        foreach (var line in claim.Lines)
        {
            sum += line.Charge;
        }

        if (sum != claim.TotalCharge)
        {
            Report(findings, "totalCharge", null, $"The claim total {claim.TotalCharge:0.00} is not the sum of the line charges {sum:0.00}.", $"Set the claim total to {sum:0.00}.");
        }
    }
}
