namespace Rcm.X12.Transactions;

/// <summary>SBR: who pays in what order and under which plan (837 2000B and 2320).</summary>
public sealed record X12SubscriberInformation
{
    /// <summary>SBR01: payer responsibility sequence, <c>P</c> primary, <c>S</c> secondary, <c>T</c> tertiary…</summary>
    public string PayerResponsibility { get; set; } = string.Empty;

    /// <summary>SBR02: individual relationship code; <c>18</c> self (the patient is the subscriber).</summary>
    public string? Relationship { get; set; }

    /// <summary>SBR03: group or policy number.</summary>
    public string? GroupNumber { get; set; }

    /// <summary>SBR04: group name.</summary>
    public string? GroupName { get; set; }

    /// <summary>SBR05: insurance type code (e.g. <c>12</c> Medicare secondary working aged).</summary>
    public string? InsuranceType { get; set; }

    /// <summary>SBR09: claim filing indicator, e.g. <c>CI</c> commercial, <c>MB</c> Medicare part B, <c>MC</c> Medicaid.</summary>
    public string? ClaimFilingIndicator { get; set; }
}
