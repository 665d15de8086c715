namespace Rcm.Core.Validation.Rules;

/// <summary>
/// MUE001: units of a code stay within its medically unlikely edit: per line when the MUE adjudication indicator is 1, summed
/// over all lines of the same date when it is 2 or 3 (CMS MUE tables; practitioner table for 837P, outpatient hospital for 837I).
/// </summary>
public sealed class MueUnitsRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("MUE001", FindingSeverity.Block, "Units exceed the medically unlikely edit");

    public MueUnitsRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        var lines = claim.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.UnitsAreMinutes)
            {
                continue;
            }

            var limit = context.Codes.Mue(line.ProcedureCode, line.ServiceDate, claim.Kind);
            if (!limit.Exists)
            {
                continue;
            }

            if (limit.PerLine)
            {
                if (line.Units > limit.MaxUnits)
                {
                    Report(findings, LineField(line.Number, "units"), line.Number, $"{line.Units} units of {line.ProcedureCode} exceed its limit of {limit.MaxUnits} per line.", $"Bill at most {limit.MaxUnits} units on the line; if more were given and documented, split them per payer policy with an anatomic or 76/77/91 modifier.");
                }

                continue;
            }

            // Date-of-service edit: count the day once, at its first line of the code.
            bool firstOfDay = true;
            for (int j = 0; j < i && firstOfDay; j++)
            {
                firstOfDay = !(lines[j].ServiceDate == line.ServiceDate && string.Equals(lines[j].ProcedureCode, line.ProcedureCode, StringComparison.Ordinal));
            }

            if (!firstOfDay)
            {
                continue;
            }

            decimal total = line.Units;
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (lines[j].ServiceDate == line.ServiceDate && string.Equals(lines[j].ProcedureCode, line.ProcedureCode, StringComparison.Ordinal))
                {
                    total += lines[j].Units;
                }
            }

            if (total > limit.MaxUnits)
            {
                Report(findings, LineField(line.Number, "units"), line.Number, $"{total} units of {line.ProcedureCode} on {line.ServiceDate:yyyy-MM-dd} exceed its limit of {limit.MaxUnits} per day.", $"Bill at most {limit.MaxUnits} units of {line.ProcedureCode} for the day; this limit cannot be bypassed with a modifier, only appealed with records.");
            }
        }
    }
}
