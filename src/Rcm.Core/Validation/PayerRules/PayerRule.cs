using Rcm.Core.Claims;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// One payer rule read from a rule file: when it applies (<see cref="When"/>), what it demands (<see cref="Require"/>), and the
/// finding it raises on a line that fails, with a permanent id from the PAY family (docs/rules.md).
/// </summary>
public sealed class PayerRule
{
    public PayerRule(RuleDescriptor descriptor, PayerRuleCondition when, PayerRuleRequirement require, string message, string fix,
        DateOnly? from = null, DateOnly? to = null)
    {
        Descriptor = descriptor;
        When = when;
        Require = require;
        Message = message;
        Fix = fix;
        From = from;
        To = to;
    }

    public RuleDescriptor Descriptor { get; }
    public PayerRuleCondition When { get; }
    public PayerRuleRequirement Require { get; }
    public string Message { get; }
    public string Fix { get; }

    /// <summary>First date of service the rule applies to, when it starts inside its rule set's version.</summary>
    public DateOnly? From { get; }

    /// <summary>Last date of service the rule applies to.</summary>
    public DateOnly? To { get; }

    public void Check(Claim claim, FindingCollector findings)
    {
        foreach (var line in claim.Lines)
        {
            if ((From is { } from && line.ServiceDate < from) || (To is { } to && line.ServiceDate > to))
            {
                continue;
            }

            if (!When.Matches(claim, line))
            {
                continue;
            }

            if (Require.FirstUnmet(claim, line) is { } field)
            {
                findings.Add(Descriptor, $"lines[{line.Number}].{field}", line.Number, Message, Fix);
            }
        }
    }
}
