using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// NCCI001: two codes billed on the same date form an NCCI procedure-to-procedure pair with modifier indicator 0: the column 2
/// code is never paid with the column 1 code, whatever modifier is added.
/// </summary>
public sealed class PtpNotAllowedRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("NCCI001", FindingSeverity.Block, "NCCI PTP pair that no modifier can bypass");

    public PtpNotAllowedRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var lines = context.Claim.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (PtpPairs.Find(in context, lines[i], lines[j], out var column1, out var column2) == PtpEdit.ModifierNotAllowed)
                {
                    Report(findings, LineField(column2.Number, "procedureCode"), column2.Number, $"{column2.ProcedureCode} is bundled into {column1.ProcedureCode} (line {column1.Number}) on {column2.ServiceDate:yyyy-MM-dd} and is never paid with it (NCCI modifier indicator 0).", $"Remove the {column2.ProcedureCode} line, or bill it on the date it was really given.");
                }
            }
        }
    }
}
