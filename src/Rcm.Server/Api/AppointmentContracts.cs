using Rcm.Core.Intake;

namespace Rcm.Server.Api;

/// <summary>Schedule or reschedule an appointment. <c>startsAt</c> is an ISO 8601 instant with offset.</summary>
public sealed record AppointmentRequest(long? PatientId, long? ProviderId, long? LocationId, long? CoverageId,
    DateTimeOffset? StartsAt, int? DurationMinutes, string? ServiceCode);

/// <summary>An appointment as the API returns it.</summary>
public sealed record AppointmentResponse(long Id, long PatientId, long ProviderId, long LocationId, long? CoverageId,
    DateTimeOffset StartsAt, int DurationMinutes, string? ServiceCode, AppointmentStatus Status, int Version)
{
    public static AppointmentResponse From(Appointment a) => new(a.Id, a.PatientId, a.ProviderId, a.LocationId, a.CoverageId,
        a.StartsAt, a.DurationMinutes, a.ServiceCode, a.Status, a.Version);
}
