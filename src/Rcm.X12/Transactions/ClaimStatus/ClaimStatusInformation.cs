namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>
/// STC: status information. STC01, STC10 and STC11 are each a composite (category, status, entity, code list
/// qualifier); all that are present are in <see cref="Codes"/>, STC01 first.
/// </summary>
public sealed record ClaimStatusInformation
{
    /// <summary>STC01, STC10, STC11.</summary>
    public List<ClaimStatusCode> Codes { get => field ??= []; set; }

    /// <summary>STC02: status information effective date.</summary>
    public DateOnly? EffectiveDate { get; set; }

    /// <summary>STC03: action code (277CA: <c>WQ</c> accepted, <c>U</c> rejected).</summary>
    public string? ActionCode { get; set; }

    /// <summary>STC04: total claim charge.</summary>
    public decimal? ChargeAmount { get; set; }

    /// <summary>STC05: claim payment amount.</summary>
    public decimal? PaymentAmount { get; set; }

    /// <summary>STC06: adjudication or payment date.</summary>
    public DateOnly? AdjudicationDate { get; set; }

    /// <summary>STC07: payment method (<c>ACH</c>, <c>CHK</c>, <c>NON</c>…).</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>STC08: check issue or EFT date.</summary>
    public DateOnly? CheckDate { get; set; }

    /// <summary>STC09: check or EFT trace number.</summary>
    public string? CheckNumber { get; set; }

    /// <summary>STC12: free-form message.</summary>
    public string? Message { get; set; }
}
