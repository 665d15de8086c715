using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.Remittance;

/// <summary>Loop 2110 service payment information: SVC with the line's dates, adjustments, references, amounts and remarks.</summary>
public sealed record RemittanceServiceLine
{
    /// <summary>SVC01: the procedure as adjudicated.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>SVC02: line charge.</summary>
    public decimal Charge { get; set; }

    /// <summary>SVC03: line paid amount.</summary>
    public decimal PaidAmount { get; set; }

    /// <summary>SVC04: NUBC revenue code.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>SVC05: units of service paid.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Units { get; set; }

    /// <summary>SVC06: the procedure as submitted, when the payer changed it.</summary>
    public X12Procedure? SubmittedProcedure { get; set; }

    /// <summary>SVC07: original units of service.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? SubmittedUnits { get; set; }

    /// <summary>DTM 472 service date, 150/151 service period.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>CAS at line level.</summary>
    public List<X12Adjustment> Adjustments { get => field ??= []; set; }

    /// <summary>REF in 2110: <c>6R</c> line item control number, <c>LU</c> location, rendering provider ids.</summary>
    public List<X12Reference> References { get => field ??= []; set; }

    /// <summary>AMT: <c>B6</c> allowed amount, <c>KH</c> late filing reduction.</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }

    /// <summary>QTY in 2110.</summary>
    public List<X12Quantity> Quantities { get => field ??= []; set; }

    /// <summary>LQ: <c>HE</c> remittance advice remark codes (RARC), <c>RX</c> NCPDP reject codes.</summary>
    public List<RemittanceRemark> Remarks { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
