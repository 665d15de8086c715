namespace Rcm.Core.Validation.Rules;

/// <summary>LIN003: a charge above $10,000 per unit on a line is most likely a misplaced decimal point; a warning to look.</summary>
public sealed class ChargePerUnitRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("LIN003", FindingSeverity.Warn, "Charge per unit unusually high");

    private const decimal Ceiling = 10_000m;

    public ChargePerUnitRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        foreach (var line in context.Claim.Lines)
        {
            if (line.Units > 0 && line.Charge / line.Units > Ceiling)
            {
                Report(findings, LineField(line.Number, "charge"), line.Number, $"{line.ProcedureCode} is charged {line.Charge / line.Units:0.00} per unit.", "Check the charge and the units against the fee schedule.");
            }
        }
    }
}
