using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>Loop 2210D/E: a service line asked about or reported on (SVC, STC, REF FJ line item control number, DTP 472).</summary>
public sealed record ClaimStatusServiceLine
{
    /// <summary>SVC01.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>SVC02: line charge.</summary>
    public decimal Charge { get; set; }

    /// <summary>SVC03: line paid amount.</summary>
    public decimal? PaidAmount { get; set; }

    /// <summary>SVC04: revenue code.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>SVC07: units of service.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Units { get; set; }

    public List<ClaimStatusInformation> Statuses { get => field ??= []; set; }

    public List<X12Reference> References { get => field ??= []; set; }

    public List<X12DateValue> Dates { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
