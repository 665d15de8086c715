using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>CLM006: at most 50 service lines on a professional claim and 999 on an institutional one (X222A1/X223A2 loop 2400 repeat).</summary>
public sealed class LineCountRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM006", FindingSeverity.Block, "Too many service lines");

    public LineCountRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        int max = claim.Kind == ClaimKind.Professional ? 50 : 999;
        if (claim.Lines.Count > max)
        {
            Report(findings, "lines", null, $"The claim has {claim.Lines.Count} service lines; a {claim.Kind.ToString().ToLowerInvariant()} claim holds at most {max}.", $"Split the services into claims of at most {max} lines.");
        }
    }
}
