using Rcm.Core.Shared;

namespace Rcm.Core.Intake;

/// <summary>
/// An appointment that becomes a visit when checked in. Notes, coding and claims attach to it later.
/// Transitions: Scheduled → CheckedIn → Completed; Scheduled → Cancelled | NoShow; CheckedIn → Cancelled.
/// </summary>
public sealed class Appointment : TenantEntity
{
    private Appointment() { }

    public Appointment(long practiceId, long patientId, long providerId, long locationId, long? coverageId,
        DateTimeOffset startsAt, int durationMinutes, string? serviceCode, DateTimeOffset at)
    {
        PatientId = patientId;
        ProviderId = providerId;
        LocationId = locationId;
        CoverageId = coverageId;
        SetTime(startsAt, durationMinutes);
        ServiceCode = serviceCode;
        Status = AppointmentStatus.Scheduled;
        Created(practiceId, at, "appointment.scheduled");
    }

    public long PatientId { get; private set; }
    public long ProviderId { get; private set; }
    public long LocationId { get; private set; }
    public long? CoverageId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }

    /// <summary>Planned procedure code (CPT/HCPCS), e.g. 97153 for ABA treatment by protocol.</summary>
    public string? ServiceCode { get; private set; }
    public AppointmentStatus Status { get; private set; }

    public void Reschedule(long providerId, long locationId, long? coverageId, DateTimeOffset startsAt, int durationMinutes,
        string? serviceCode, DateTimeOffset at)
    {
        Require(AppointmentStatus.Scheduled, "rescheduled");
        ProviderId = providerId;
        LocationId = locationId;
        CoverageId = coverageId;
        SetTime(startsAt, durationMinutes);
        ServiceCode = serviceCode;
        Record("appointment.rescheduled", at);
    }

    public void CheckIn(DateTimeOffset at)
    {
        Require(AppointmentStatus.Scheduled, "checked in");
        Status = AppointmentStatus.CheckedIn;
        Record("appointment.checked_in", at);
    }

    public void Complete(DateTimeOffset at)
    {
        Require(AppointmentStatus.CheckedIn, "completed");
        Status = AppointmentStatus.Completed;
        Record("appointment.completed", at);
    }

    public void Cancel(DateTimeOffset at)
    {
        if (Status is not (AppointmentStatus.Scheduled or AppointmentStatus.CheckedIn))
            throw new InvalidTransitionException("appointment", $"An appointment that is {Status} cannot be cancelled.");
        Status = AppointmentStatus.Cancelled;
        Record("appointment.cancelled", at);
    }

    public void MarkNoShow(DateTimeOffset at)
    {
        Require(AppointmentStatus.Scheduled, "marked no-show");
        Status = AppointmentStatus.NoShow;
        Record("appointment.no_show", at);
    }

    private void Require(AppointmentStatus expected, string verb)
    {
        if (Status != expected)
            throw new InvalidTransitionException("appointment", $"An appointment that is {Status} cannot be {verb}; it must be {expected}.");
    }

    private void SetTime(DateTimeOffset startsAt, int durationMinutes)
    {
        if (durationMinutes is < 1 or > 24 * 60) throw new ArgumentOutOfRangeException(nameof(durationMinutes));
        StartsAt = startsAt.ToUniversalTime();
        DurationMinutes = durationMinutes;
    }
}
