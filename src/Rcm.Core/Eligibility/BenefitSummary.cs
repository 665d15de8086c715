namespace Rcm.Core.Eligibility;

/// <summary>
/// The patient's cost sharing for the visit's service type (271 EB*B copay, EB*A coinsurance, EB*C deductible, EB*G
/// out-of-pocket; the remaining amounts are EB06 = 29).
/// </summary>
public sealed record BenefitSummary(decimal? Copay, decimal? CoinsurancePercent, decimal? Deductible, decimal? DeductibleRemaining,
    decimal? OutOfPocketMax, decimal? OutOfPocketRemaining)
{
    public static BenefitSummary None { get; } = new(null, null, null, null, null, null);

    /// <summary>
    /// What the patient is likely to owe at check-in for a visit with <paramref name="allowed"/> as the expected allowed
    /// amount: the copay, plus deductible then coinsurance on the rest, capped at the out-of-pocket remaining.
    /// An estimate for the front desk, not an adjudication.
    /// </summary>
    public decimal EstimatePatientShare(decimal allowed)
    {
        decimal share = Copay ?? 0m;
        decimal rest = Math.Max(0m, allowed - share);
        decimal deductible = Math.Min(rest, DeductibleRemaining ?? 0m);
        share += deductible;
        rest -= deductible;
        if (CoinsurancePercent is { } pct) share += Math.Round(rest * (pct > 1m ? pct / 100m : pct), 2);
        if (OutOfPocketRemaining is { } cap) share = Math.Min(share, cap);
        return Math.Min(share, allowed);
    }
}
