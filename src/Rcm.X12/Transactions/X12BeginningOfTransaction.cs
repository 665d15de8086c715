namespace Rcm.X12.Transactions;

/// <summary>BHT: beginning of hierarchical transaction.</summary>
public sealed record X12BeginningOfTransaction
{
    /// <summary>BHT01: hierarchical structure code, e.g. <c>0019</c> (837), <c>0022</c> (270/271), <c>0010</c> (276/277), <c>0007</c> (278).</summary>
    public string StructureCode { get; set; } = string.Empty;

    /// <summary>BHT02: <c>00</c> original, <c>13</c> request, <c>11</c> response, <c>18</c> reissue, <c>08</c> status…</summary>
    public string Purpose { get; set; } = string.Empty;

    /// <summary>BHT03: originator's reference (the submitter's batch id in the 837).</summary>
    public string? ReferenceId { get; set; }

    /// <summary>BHT04.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>BHT04 as sent, only when it is not a valid CCYYMMDD date (kept, never dropped).</summary>
    public string? DateText { get; set; }

    /// <summary>BHT05 as sent (HHMM, HHMMSS or HHMMSSDD).</summary>
    public string? Time { get; set; }

    /// <summary>BHT06: e.g. <c>CH</c> chargeable, <c>RP</c> reporting (837), <c>RT</c> real time (270).</summary>
    public string? TransactionType { get; set; }
}
