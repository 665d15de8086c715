using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>LIN004: two lines with the same code, modifiers and date look like a double entry (payers deny the second as a duplicate, CARC 18).</summary>
public sealed class DuplicateLineRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("LIN004", FindingSeverity.Warn, "Duplicate service line");

    public DuplicateLineRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var lines = context.Claim.Lines;
        for (int i = 1; i < lines.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (SameService(lines[i], lines[j]))
                {
                    Report(findings, LineField(lines[i].Number, "procedureCode"), lines[i].Number, $"The line repeats line {lines[j].Number} ({lines[i].ProcedureCode} on {lines[i].ServiceDate:yyyy-MM-dd}).", "Merge the units into one line, or add a modifier (76, 77, 91, XE…) when the service really was repeated.");
                    break;
                }
            }
        }
    }

    private static bool SameService(ServiceLine a, ServiceLine b)
    {
        if (a.ServiceDate != b.ServiceDate || !string.Equals(a.ProcedureCode, b.ProcedureCode, StringComparison.Ordinal)
            || a.Modifiers.Count != b.Modifiers.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Modifiers.Count; i++)
        {
            if (!string.Equals(a.Modifiers[i], b.Modifiers[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
