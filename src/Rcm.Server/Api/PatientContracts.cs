using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>Create or replace a patient. Fields are nullable so that every missing one is reported, by name, in one 400.</summary>
public sealed record PatientRequest(
    string? AccountNumber, string? FirstName, string? LastName, DateOnly? BirthDate, Sex? Sex,
    AddressDto? Address, string? Phone, string? Email);

/// <summary>A patient as the API returns it.</summary>
public sealed record PatientResponse(
    long Id, string AccountNumber, string FirstName, string LastName, DateOnly BirthDate, Sex Sex,
    AddressDto? Address, string? Phone, string? Email, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version)
{
    public static PatientResponse From(Patient p) => new(p.Id, p.AccountNumber, p.FirstName, p.LastName, p.BirthDate, p.Sex,
        AddressDto.From(p.Address), p.Phone, p.Email, p.CreatedAt, p.UpdatedAt, p.Version);
}

/// <summary>One event of an entity's timeline (the same rows as the audit trail, reads left out).</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Action, string Actor, string EntityType, long? EntityId, string? Detail);
