namespace Rcm.Sandbox.Tests.Support;

/// <summary>What a test claim says; <see cref="X12Requests.Claims"/> turns a list of them into an 837.</summary>
public sealed record ClaimSpec
{
    public required string ClaimId { get; init; }

    public required string PayerId { get; init; }

    public required string MemberId { get; init; }

    public required string LastName { get; init; }

    public required string FirstName { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>For a dependent: the subscriber's name and birth date (the patient goes in 2000C).</summary>
    public (string Last, string First, DateOnly Birth)? Subscriber { get; init; }

    public IReadOnlyList<LineSpec> Lines { get; init; } = [];

    public string? PriorAuthorization { get; init; }

    public string Frequency { get; init; } = "1";

    public string? OriginalReference { get; init; }

    /// <summary>Primary payer's payment, sent in 2320 AMT*D (claim to a secondary payer).</summary>
    public decimal? OtherPayerPaid { get; init; }

    public string BillingNpi { get; init; } = "1234567893";

    public string Diagnosis { get; init; } = "J069";

    public ClaimSpec WithLines(params LineSpec[] lines) => this with { Lines = lines };
}
