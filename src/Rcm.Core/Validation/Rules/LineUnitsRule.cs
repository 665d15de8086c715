namespace Rcm.Core.Validation.Rules;

/// <summary>LIN002: every line has a positive number of units, no more than the 837 carries (SV104 is at most 15 digits, payers read 4).</summary>
public sealed class LineUnitsRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("LIN002", FindingSeverity.Block, "Line units zero, negative or absurd");

    public LineUnitsRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        foreach (var line in context.Claim.Lines)
        {
            if (line.Units <= 0)
            {
                Report(findings, LineField(line.Number, "units"), line.Number, $"The line bills {line.Units} units.", "Enter the units given (for timed codes, from the minutes in the note).");
            }
            else if (line.Units > 9999)
            {
                Report(findings, LineField(line.Number, "units"), line.Number, $"The line bills {line.Units} units, more than any payer accepts on one line.", "Check the units; minutes may have been entered as units.");
            }
        }
    }
}
