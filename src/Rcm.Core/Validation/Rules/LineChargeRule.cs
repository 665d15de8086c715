namespace Rcm.Core.Validation.Rules;

/// <summary>LIN001: every line has a positive charge (a zero or negative charge is a fee-schedule gap, and payers reject it).</summary>
public sealed class LineChargeRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("LIN001", FindingSeverity.Block, "Line charge zero or negative");

    public LineChargeRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        foreach (var line in context.Claim.Lines)
        {
            if (line.Charge <= 0)
            {
                Report(findings, LineField(line.Number, "charge"), line.Number, $"The charge for {line.ProcedureCode} is {line.Charge:0.00}.", $"Add {line.ProcedureCode} to the fee schedule, or enter the practice's charge for it.");
            }
        }
    }
}
