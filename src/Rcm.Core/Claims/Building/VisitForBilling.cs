namespace Rcm.Core.Claims.Building;

/// <summary>
/// What the claim needs from a visit and its coverage, in business terms (the platform fills it from Intake: practice,
/// providers, patient, coverage, visit). Kept free of storage types so the builder is testable on its own.
/// </summary>
public sealed record VisitForBilling
{
    public required ClaimKind Kind { get; init; }
    public required string ClaimId { get; init; }
    public required ClaimProvider BillingProvider { get; init; }
    public required ClaimProvider RenderingProvider { get; init; }
    public ClaimProvider? ReferringProvider { get; init; }
    public ClaimProvider? ServiceFacility { get; init; }
    public ClaimProvider? AttendingProvider { get; init; }
    public required ClaimPerson Subscriber { get; init; }

    /// <summary>The patient when not the subscriber.</summary>
    public ClaimPerson? Patient { get; init; }

    public string PatientRelationshipCode { get; init; } = "18";
    public required string PayerId { get; init; }
    public required string PayerName { get; init; }
    public required DateOnly ServiceDate { get; init; }

    /// <summary>Where the visit took place (CMS POS); for telehealth the builder replaces it with the payer's telehealth POS.</summary>
    public string PlaceOfService { get; init; } = "11";

    public TelehealthSetting Telehealth { get; init; }

    /// <summary>The authorization on file for the service, if any (from the prior-auth stage).</summary>
    public string? PriorAuthorization { get; init; }

    /// <summary>Institutional: facility type and classification (type of bill digits 2–3, e.g. 13).</summary>
    public string? FacilityTypeCode { get; init; }
}
