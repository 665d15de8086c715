using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>DOS001: every line has a date of service, none lies in the future, ranges run forwards; institutional claims have a statement period.</summary>
public sealed class ServiceDateRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("DOS001", FindingSeverity.Block, "Date of service missing, in the future or reversed");

    public ServiceDateRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        foreach (var line in claim.Lines)
        {
            if (line.ServiceDate == default)
            {
                Report(findings, LineField(line.Number, "serviceDate"), line.Number, "The line has no date of service.", "Enter the date the service was given.");
                continue;
            }

            var last = line.ServiceDateEnd ?? line.ServiceDate;
            if (last > context.Today)
            {
                Report(findings, LineField(line.Number, "serviceDate"), line.Number, $"The date of service {last:yyyy-MM-dd} is in the future.", "Bill services only after they are given; correct the date.");
            }

            if (last < line.ServiceDate)
            {
                Report(findings, LineField(line.Number, "serviceDateEnd"), line.Number, $"The service ends ({last:yyyy-MM-dd}) before it starts ({line.ServiceDate:yyyy-MM-dd}).", "Swap or correct the from and to dates.");
            }
        }

        if (claim.Kind == ClaimKind.Institutional)
        {
            if (claim.StatementFrom is not { } from || claim.StatementTo is not { } to)
            {
                Report(findings, "statementFrom", null, "The institutional claim has no statement period.", "Enter the statement from and through dates (X223A2 2300 DTP*434).");
            }
            else if (to < from)
            {
                Report(findings, "statementTo", null, "The statement period ends before it starts.", "Correct the statement from and through dates.");
            }
        }
    }
}
