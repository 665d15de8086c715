using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// NCCI002: two codes billed on the same date form an NCCI PTP pair with modifier indicator 1, and neither line carries an
/// NCCI-associated modifier (59, XE/XP/XS/XU, 25, anatomic…). Either line is accepted, since CMS puts 25 on the column 1 E/M
/// and 59/X{EPSU} on the column 2 code.
/// </summary>
public sealed class PtpModifierRequiredRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("NCCI002", FindingSeverity.Block, "NCCI PTP pair without a bypass modifier");

    public PtpModifierRequiredRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var lines = context.Claim.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (PtpPairs.Find(in context, lines[i], lines[j], out var column1, out var column2) == PtpEdit.ModifierAllowed
                    && !NcciModifiers.HasAssociated(column2) && !NcciModifiers.HasAssociated(column1))
                {
                    Report(findings, LineField(column2.Number, "modifiers"), column2.Number, $"{column2.ProcedureCode} is bundled into {column1.ProcedureCode} (line {column1.Number}) on {column2.ServiceDate:yyyy-MM-dd} unless a modifier shows it was a distinct service.", $"If the note documents a separate session, site or encounter, add XE, XS, XP, XU or 59 to the {column2.ProcedureCode} line; otherwise remove it.");
                }
            }
        }
    }
}
