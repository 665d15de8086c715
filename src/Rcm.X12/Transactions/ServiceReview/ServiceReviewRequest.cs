namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>UM: health care services review information.</summary>
public sealed record ServiceReviewRequest
{
    /// <summary>UM01: request category, <c>AR</c> admission review, <c>HS</c> health services review, <c>SC</c> specialty care (referral).</summary>
    public string RequestCategory { get; set; } = string.Empty;

    /// <summary>UM02: certification type, <c>I</c> initial, <c>R</c> renewal, <c>S</c> revised, <c>E</c> extension, <c>3</c> cancel.</summary>
    public string? CertificationType { get; set; }

    /// <summary>UM03: service type code.</summary>
    public string? ServiceType { get; set; }

    /// <summary>UM04-1: facility type or place of service.</summary>
    public string? FacilityCode { get; set; }

    /// <summary>UM04-2: <c>A</c> bill type, <c>B</c> place of service.</summary>
    public string? FacilityCodeQualifier { get; set; }

    /// <summary>UM05 components: related causes.</summary>
    public List<string> RelatedCauses { get => field ??= []; set; }

    /// <summary>UM06: level of service (<c>03</c> emergency, <c>U</c> urgent…).</summary>
    public string? LevelOfService { get; set; }
}
