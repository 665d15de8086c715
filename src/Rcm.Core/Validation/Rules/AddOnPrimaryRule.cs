using Rcm.Core.Claims;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// AOC001: an add-on code is billed with its primary service on the same date: one of its listed primaries (NCCI add-on edit
/// type 1), or at least some other service that is not itself an add-on (types 2 and 3, which have no complete list).
/// </summary>
public sealed class AddOnPrimaryRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("AOC001", FindingSeverity.Block, "Add-on code without its primary code");

    public AddOnPrimaryRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var lines = context.Claim.Lines;
        foreach (var line in lines)
        {
            var kind = context.Codes.AddOn(line.ProcedureCode, line.ServiceDate);
            if (kind == AddOnKind.NotAddOn || HasPrimary(in context, lines, line, kind))
            {
                continue;
            }

            Report(findings, LineField(line.Number, "procedureCode"), line.Number,
                kind == AddOnKind.ListedPrimary
                    ? $"{line.ProcedureCode} is an add-on code, and none of its primary codes is billed on {line.ServiceDate:yyyy-MM-dd}."
                    : $"{line.ProcedureCode} is an add-on code, and no primary service is billed on {line.ServiceDate:yyyy-MM-dd}.",
                "Add the primary service from the same session, or remove the add-on code.");
        }
    }

    private static bool HasPrimary(in ClaimValidationContext context, List<ServiceLine> lines, ServiceLine addOn, AddOnKind kind)
    {
        foreach (var other in lines)
        {
            if (ReferenceEquals(other, addOn) || other.ServiceDate != addOn.ServiceDate)
            {
                continue;
            }

            if (kind == AddOnKind.ListedPrimary
                ? context.Codes.IsListedPrimary(addOn.ProcedureCode, other.ProcedureCode, addOn.ServiceDate)
                : context.Codes.AddOn(other.ProcedureCode, other.ServiceDate) == AddOnKind.NotAddOn)
            {
                return true;
            }
        }

        return false;
    }
}
