using System.Text.Json.Serialization;

namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>The service asked for at a 2000F level: SV1 (professional), SV2 (institutional) or SV3 (dental, kept whole in the level's Other).</summary>
public sealed record ServiceReviewService
{
    /// <summary><c>SV1</c> or <c>SV2</c>.</summary>
    public string SegmentId { get; set; } = "SV1";

    /// <summary>SV201: revenue code.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>SV101 / SV202.</summary>
    public X12Procedure? Procedure { get; set; }

    /// <summary>SV102 / SV203.</summary>
    public decimal? Charge { get; set; }

    /// <summary>SV103 / SV204.</summary>
    public string? UnitBasis { get; set; }

    /// <summary>SV104 / SV205.</summary>
    [JsonConverter(typeof(X12NullableQuantityJsonConverter))]
    public decimal? Units { get; set; }
}
