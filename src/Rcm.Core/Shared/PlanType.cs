namespace Rcm.Core.Shared;

/// <summary>
/// Kind of health plan. Maps to the X12 claim filing indicator (837 SBR09) in the claim mapper:
/// Commercial = CI, Medicare = MB, Medicaid = MC, MedicareAdvantage = 16, Tricare = CH, BlueCross = BL,
/// WorkersComp = WC, Hmo = HM, SelfPay = ZZ-like (never billed to a payer).
/// </summary>
public enum PlanType
{
    Commercial,
    Medicare,
    MedicareAdvantage,
    Medicaid,
    Tricare,
    BlueCross,
    Hmo,
    WorkersComp,
    SelfPay,
    Other,
}
