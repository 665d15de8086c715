namespace Rcm.X12.Transactions;

/// <summary>MOA: outpatient adjudication information (835 2100, 837 2320).</summary>
public sealed record X12OutpatientAdjudication
{
    /// <summary>MOA01.</summary>
    public decimal? ReimbursementRate { get; set; }

    /// <summary>MOA02: HCPCS payable amount.</summary>
    public decimal? PayableAmount { get; set; }

    /// <summary>MOA03–MOA07: remittance advice remark codes (RARC).</summary>
    public List<string> RemarkCodes { get => field ??= []; set; }

    /// <summary>MOA08: end-stage renal disease payment amount.</summary>
    public decimal? EsrdPaymentAmount { get; set; }

    /// <summary>MOA09: non-payable professional component amount.</summary>
    public decimal? NonPayableProfessionalComponent { get; set; }
}
