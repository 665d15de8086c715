namespace Rcm.Core.Intake;

/// <summary>Life of a visit. Check-in will be guarded by Gate 1 (fresh eligibility) once eligibility exists.</summary>
public enum AppointmentStatus
{
    Scheduled,
    CheckedIn,
    Completed,
    Cancelled,
    NoShow,
}
