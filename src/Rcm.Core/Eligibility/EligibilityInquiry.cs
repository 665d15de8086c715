namespace Rcm.Core.Eligibility;

/// <summary>
/// One real-time eligibility question (a 270 for one member and one service type). When the patient is not the
/// subscriber, <see cref="Dependent"/> names the patient and the subscriber fields name the policy holder
/// (X279A1 2100C subscriber, 2100D dependent).
/// </summary>
public sealed record EligibilityInquiry(
    string PayerCode,
    string MemberId,
    string SubscriberFirstName,
    string SubscriberLastName,
    DateOnly? SubscriberBirthDate,
    DateOnly ServiceDate,
    string ServiceType = "30")
{
    /// <summary>The patient when not the subscriber (a child, a spouse).</summary>
    public EligibilityPerson? Dependent { get; init; }

    /// <summary>The provider asking (2100B NM1*1P); an NPI.</summary>
    public string ProviderNpi { get; init; } = "1234567893";

    public string ProviderName { get; init; } = "OPENRCM PRACTICE";

    /// <summary>Our trace number (2000C TRN02), echoed back by the payer.</summary>
    public string TraceNumber { get; init; } = "0";
}
