using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>Create or replace a coverage. <c>order</c>: 1 primary, 2 secondary, 3 tertiary.</summary>
public sealed record CoverageRequest(
    long? PayerId, string? MemberId, string? GroupNumber, PlanType? PlanType, SubscriberRelationship? Relationship,
    string? SubscriberFirstName, string? SubscriberLastName, DateOnly? SubscriberBirthDate,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo, int? Order);

/// <summary>Ends a coverage on its last covered day.</summary>
public sealed record TerminateCoverageRequest(DateOnly? LastDay);

/// <summary>A coverage as the API returns it.</summary>
public sealed record CoverageResponse(
    long Id, long PatientId, long PayerId, string MemberId, string? GroupNumber, PlanType PlanType, SubscriberRelationship Relationship,
    string? SubscriberFirstName, string? SubscriberLastName, DateOnly? SubscriberBirthDate,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, int Order, int Version)
{
    public static CoverageResponse From(Coverage c) => new(c.Id, c.PatientId, c.PayerId, c.MemberId, c.GroupNumber, c.PlanType,
        c.Relationship, c.SubscriberFirstName, c.SubscriberLastName, c.SubscriberBirthDate, c.EffectiveFrom, c.EffectiveTo, c.Order, c.Version);
}
