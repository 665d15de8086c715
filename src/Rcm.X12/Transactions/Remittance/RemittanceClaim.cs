namespace Rcm.X12.Transactions.Remittance;

/// <summary>Loop 2100 claim payment information: CLP with the claim's adjustments, names, remarks, dates and service lines.</summary>
public sealed record RemittanceClaim
{
    /// <summary>CLP01: the provider's patient control number (CLM01 of the 837).</summary>
    public string PatientControlNumber { get; set; } = string.Empty;

    /// <summary>CLP02: <c>1</c> processed as primary, <c>2</c> secondary, <c>3</c> tertiary, <c>4</c> denied, <c>19</c>–<c>21</c> forwarded, <c>22</c> reversal.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>CLP03.</summary>
    public decimal TotalCharge { get; set; }

    /// <summary>CLP04.</summary>
    public decimal PaidAmount { get; set; }

    /// <summary>CLP05.</summary>
    public decimal? PatientResponsibility { get; set; }

    /// <summary>CLP06: claim filing indicator.</summary>
    public string? FilingIndicator { get; set; }

    /// <summary>CLP07: payer claim control number.</summary>
    public string? PayerClaimControlNumber { get; set; }

    /// <summary>CLP08: facility type code.</summary>
    public string? FacilityCode { get; set; }

    /// <summary>CLP09: claim frequency code.</summary>
    public string? FrequencyCode { get; set; }

    /// <summary>CLP11: DRG code.</summary>
    public string? DrgCode { get; set; }

    /// <summary>CLP12: DRG weight.</summary>
    public decimal? DrgWeight { get; set; }

    /// <summary>CLP13: discharge fraction.</summary>
    public decimal? DischargeFraction { get; set; }

    /// <summary>CAS at claim level.</summary>
    public List<X12Adjustment> Adjustments { get => field ??= []; set; }

    /// <summary>NM1 in 2100: <c>QC</c> patient, <c>IL</c> insured, <c>74</c> corrected patient, <c>82</c> rendering, <c>TT</c> crossover carrier, <c>PR</c> corrected priority payer, <c>GB</c> other subscriber.</summary>
    public List<X12Name> Names { get => field ??= []; set; }

    /// <summary>MIA: inpatient adjudication.</summary>
    public RemittanceInpatientAdjudication? InpatientAdjudication { get; set; }

    /// <summary>MOA: outpatient adjudication.</summary>
    public X12OutpatientAdjudication? OutpatientAdjudication { get; set; }

    /// <summary>REF in 2100: <c>1L</c> group number, <c>EA</c> medical record, <c>F8</c> original reference…</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>DTM 232/233 statement period, 050 received, 036/037/035 coverage dates.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>PER: claim contact.</summary>
    public List<X12Contact> Contacts { get => field ??= []; set; }

    /// <summary>AMT: <c>AU</c> coverage amount, <c>F5</c> patient paid, <c>I</c> interest…</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>QTY: covered/non-covered days…</summary>
    public List<X12Quantity> Quantities { get => field ??= []; set; }

    /// <summary>Loops 2110.</summary>
    public List<RemittanceServiceLine> ServiceLines { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
