namespace Rcm.Core.Validation.Rules;

/// <summary>
/// DOS002: the claim still falls within the payer's timely filing limit, counted from the first date of service
/// (the payer profile's timelyFilingDays; 365 by default, as Medicare, 42 CFR 424.44).
/// </summary>
public sealed class TimelyFilingRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("DOS002", FindingSeverity.Block, "Past the payer's timely filing limit");

    public TimelyFilingRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        if (context.Claim.FirstServiceDate is not { } first || context.Claim.FrequencyCode == "8")
        {
            return;
        }

        int days = context.Today.DayNumber - first.DayNumber;
        if (days > context.Payer.TimelyFilingDays)
        {
            Report(findings, "serviceDate", null, $"The first service ({first:yyyy-MM-dd}) was {days} days ago; this payer accepts claims for {context.Payer.TimelyFilingDays} days.", "Send only with proof of timely filing (an earlier acceptance report) as an appeal, or write the balance off per policy.");
        }
    }
}
