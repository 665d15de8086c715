using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility;

/// <summary>
/// A person's decision that lets a visit past gate 1 without a fresh active result: the patient pays themself
/// (<see cref="ClearanceKind.SelfPay"/>) or a front-desk or billing-lead user overrides with a reason. Written once;
/// the audit trail records who and why.
/// </summary>
public sealed class VisitClearance : TenantEntity
{
    private VisitClearance() { }

    public VisitClearance(long practiceId, long appointmentId, ClearanceKind kind, string reason, string userId, string role, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        AppointmentId = appointmentId;
        Kind = kind;
        Reason = reason.Trim();
        UserId = userId;
        Role = role;
        Created(practiceId, at, kind == ClearanceKind.SelfPay ? "eligibility.self_pay" : "eligibility.override", $"appointment={appointmentId};role={role}");
    }

    public long AppointmentId { get; private set; }
    public ClearanceKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public string Role { get; private set; } = "";
}
