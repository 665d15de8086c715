namespace Rcm.Sandbox.Batch;

/// <summary>
/// A claim as the payer's front end reads it from an 837P or 837I: only what adjudication and the 835/277CA need.
/// Built by <see cref="ClaimFileReader"/>; the sandbox keeps its own shape, never the platform's domain model.
/// </summary>
public sealed record SubmittedClaim
{
    public required string ClaimId { get; init; }

    public bool Institutional { get; init; }

    public decimal TotalCharge { get; init; }

    /// <summary>CLM05-1 place of service (837P) or facility type (837I).</summary>
    public string FacilityCode { get; init; } = "11";

    /// <summary>CLM05-3: 1 original, 7 replacement, 8 void.</summary>
    public string Frequency { get; init; } = "1";

    public string PayerId { get; init; } = string.Empty;

    public string PayerName { get; init; } = string.Empty;

    public string SubmitterId { get; init; } = string.Empty;

    public string BillingProviderName { get; init; } = string.Empty;

    public string BillingNpi { get; init; } = string.Empty;

    public string MemberId { get; init; } = string.Empty;

    public string SubscriberLastName { get; init; } = string.Empty;

    public string SubscriberFirstName { get; init; } = string.Empty;

    public DateOnly? SubscriberBirthDate { get; init; }

    /// <summary>2000C patient when the patient is not the subscriber; null otherwise.</summary>
    public string? PatientLastName { get; init; }

    public string? PatientFirstName { get; init; }

    public DateOnly? PatientBirthDate { get; init; }

    /// <summary>REF*G1 prior authorization number (claim level, or the first line's).</summary>
    public string? PriorAuthorization { get; init; }

    /// <summary>REF*F8 payer claim control number of the claim being replaced or voided.</summary>
    public string? OriginalReference { get; init; }

    /// <summary>PWK transmission codes present (e.g. FT, EL, BM, AA).</summary>
    public IReadOnlyList<string> AttachmentTransmissions { get; init; } = [];

    public IReadOnlyList<string> Diagnoses { get; init; } = [];

    /// <summary>True when a 2320 other-subscriber loop was sent (coordination of benefits).</summary>
    public bool HasOtherPayer { get; init; }

    /// <summary>2320 AMT*D: what the primary payer paid.</summary>
    public decimal? OtherPayerPaid { get; init; }

    public IReadOnlyList<SubmittedLine> Lines { get; init; } = [];

    /// <summary>ST02 and the 837's BHT03, for the 277CA.</summary>
    public string TransactionControl { get; init; } = string.Empty;

    public bool PatientIsSubscriber => PatientLastName is null;

    public string PatientLast => PatientLastName ?? SubscriberLastName;

    public string PatientFirst => PatientFirstName ?? SubscriberFirstName;

    public DateOnly? PatientBirth => PatientBirthDate ?? SubscriberBirthDate;

    public DateOnly FirstServiceDate => Lines.Count == 0 ? DateOnly.MinValue : Lines.Min(l => l.ServiceDate);

    public DateOnly LastServiceDate => Lines.Count == 0 ? DateOnly.MinValue : Lines.Max(l => l.ServiceDate);
}
