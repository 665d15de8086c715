namespace Rcm.X12.Transactions.Remittance;

/// <summary>BPR: financial information of the payment.</summary>
public sealed record RemittancePayment
{
    /// <summary>BPR01: <c>C</c> payment with remittance, <c>H</c> notification only, <c>I</c> remittance information only, <c>P</c> pre-notification, <c>U</c>/<c>X</c> split.</summary>
    public string TransactionHandling { get; set; } = string.Empty;

    /// <summary>BPR02: total actual provider payment.</summary>
    public decimal TotalPayment { get; set; }

    /// <summary>BPR03: <c>C</c> credit, <c>D</c> debit.</summary>
    public string? CreditDebit { get; set; }

    /// <summary>BPR04: <c>ACH</c>, <c>CHK</c>, <c>BOP</c>, <c>FWT</c>, <c>NON</c>.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>BPR05: <c>CCP</c> or <c>CTX</c>.</summary>
    public string? PaymentFormat { get; set; }

    /// <summary>BPR06/BPR07: sender DFI id qualifier and id.</summary>
    public string? SenderDfiQualifier { get; set; }

    public string? SenderDfiId { get; set; }

    /// <summary>BPR08/BPR09: sender account qualifier and number.</summary>
    public string? SenderAccountQualifier { get; set; }

    public string? SenderAccount { get; set; }

    /// <summary>BPR10: originating company identifier (payer's TIN with a leading 1).</summary>
    public string? OriginatingCompanyId { get; set; }

    /// <summary>BPR11: originating company supplemental code.</summary>
    public string? OriginatingCompanySupplementalCode { get; set; }

    /// <summary>BPR12/BPR13: receiver DFI id qualifier and id.</summary>
    public string? ReceiverDfiQualifier { get; set; }

    public string? ReceiverDfiId { get; set; }

    /// <summary>BPR14/BPR15: receiver account qualifier and number.</summary>
    public string? ReceiverAccountQualifier { get; set; }

    public string? ReceiverAccount { get; set; }

    /// <summary>BPR16: check issue or EFT effective date.</summary>
    public DateOnly? PaymentDate { get; set; }

    /// <summary>BPR16 as sent, only when it is not a valid CCYYMMDD date (kept, never dropped).</summary>
    public string? PaymentDateText { get; set; }
}
