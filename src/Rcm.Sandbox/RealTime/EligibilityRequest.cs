namespace Rcm.Sandbox.RealTime;

/// <summary>One eligibility question from a 270 (one 2000C subscriber, optionally with a 2000D dependent).</summary>
public sealed record EligibilityRequest
{
    public string PayerId { get; init; } = string.Empty;

    public string PayerName { get; init; } = string.Empty;

    public string ProviderName { get; init; } = string.Empty;

    public string ProviderIdQualifier { get; init; } = "XX";

    public string ProviderId { get; init; } = string.Empty;

    public string MemberId { get; init; } = string.Empty;

    public string SubscriberLastName { get; init; } = string.Empty;

    public string SubscriberFirstName { get; init; } = string.Empty;

    public DateOnly? SubscriberBirthDate { get; init; }

    public string? DependentLastName { get; init; }

    public string? DependentFirstName { get; init; }

    public DateOnly? DependentBirthDate { get; init; }

    /// <summary>TRN02/TRN03 of the 2000C (or 2000D) trace, echoed back as TRN*2.</summary>
    public string TraceNumber { get; init; } = string.Empty;

    public string TraceOriginator { get; init; } = string.Empty;

    /// <summary>DTP*291, the date eligibility is asked for; null for today.</summary>
    public DateOnly? ServiceDate { get; init; }

    public IReadOnlyList<string> ServiceTypes { get; init; } = ["30"];
}
