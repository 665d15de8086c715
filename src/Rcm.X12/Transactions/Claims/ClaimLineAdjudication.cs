using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2430 line adjudication information: SVD, the line CAS adjustments and DTP 573 adjudication date.</summary>
public sealed record ClaimLineAdjudication
{
    /// <summary>SVD01: other payer primary identifier (matches 2330B NM109).</summary>
    public string OtherPayerId { get; set; } = string.Empty;

    /// <summary>SVD02: service line paid amount.</summary>
    public decimal PaidAmount { get; set; }

    /// <summary>SVD03: procedure adjudicated.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>SVD04: revenue code (837I).</summary>
    public string? RevenueCode { get; set; }

    /// <summary>SVD05: paid units of service.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Units { get; set; }

    /// <summary>SVD06: bundled line number.</summary>
    public string? BundledLineNumber { get; set; }

    public List<X12Adjustment> Adjustments { get => field ??= []; set; }

    /// <summary>DTP 573 and others in 2430.</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }

    /// <summary>AMT EAF remaining patient liability.</summary>
    public List<X12Amount> Amounts { get => field ??= []; set; }
}
