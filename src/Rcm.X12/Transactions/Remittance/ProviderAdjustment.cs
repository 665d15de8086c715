namespace Rcm.X12.Transactions.Remittance;

/// <summary>PLB: provider-level adjustments (not tied to a claim), up to six per segment.</summary>
public sealed record ProviderAdjustment
{
    /// <summary>PLB01: provider identifier.</summary>
    public string ProviderId { get; set; } = string.Empty;

    /// <summary>PLB02: last day of the provider's fiscal year.</summary>
    public DateOnly? FiscalPeriodDate { get; set; }

    /// <summary>PLB03/05/…/13 (composite reason and reference) with PLB04/06/…/14 amounts.</summary>
    public List<ProviderAdjustmentItem> Adjustments { get => field ??= []; set; }
}
