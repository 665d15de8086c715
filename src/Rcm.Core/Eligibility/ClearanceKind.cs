namespace Rcm.Core.Eligibility;

/// <summary>Why a visit may pass gate 1 without a fresh active result.</summary>
public enum ClearanceKind
{
    /// <summary>The patient pays for the visit themself; no payer is billed.</summary>
    SelfPay,

    /// <summary>A front_desk or billing_lead user accepted the risk, with a reason.</summary>
    Override,
}
