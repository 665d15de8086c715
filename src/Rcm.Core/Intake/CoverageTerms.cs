using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>
/// The editable terms of a <see cref="Coverage"/>. Subscriber fields are required when the patient is not
/// the subscriber (837 loop 2010BA is then the subscriber and 2010CA the patient).
/// </summary>
public sealed record CoverageTerms(
    long PayerId,
    string MemberId,
    string? GroupNumber,
    PlanType PlanType,
    SubscriberRelationship Relationship,
    string? SubscriberFirstName,
    string? SubscriberLastName,
    DateOnly? SubscriberBirthDate,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    int Order);
