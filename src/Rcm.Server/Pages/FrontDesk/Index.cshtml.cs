using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Eligibility;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Server.Security;

namespace Rcm.Server.Pages.FrontDesk;

/// <summary>
/// Today's schedule with each visit's eligibility checkpoint (clear / needs action / checking), the benefits and
/// estimated patient share, check-in through gate 1, and the override form (reason required, front desk and
/// billing lead only).
/// </summary>
public sealed class IndexModel(RcmDbContext db, EligibilityGate gate, EligibilityVerifier verifier, EligibilityOptions options, TimeProvider time, AuditTrail audit) : PageModel
{
    public sealed record Row(Appointment Visit, Patient Patient, string? PayerName, CheckpointDecision Decision, decimal? EstimatedShare);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }
    public bool CanOverride => User.FindFirst(RcmClaims.Role)?.Value is Roles.FrontDesk or Roles.BillingLead;

    public async Task OnGetAsync(string? day, CancellationToken ct) => await Load(day, ct);

    public async Task<IActionResult> OnPostCheckAsync(long id, string? day, CancellationToken ct)
    {
        var row = await verifier.CheckVisitAsync(User.RequirePracticeId(), id, "manual", ct);
        Say(row is null ? "Nothing to check: add the coverage (with the subscriber's details) first." : "Checked: " + row.Summary, row is null || row.Status != EligibilityStatus.Active);
        await Load(day, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckInAsync(long id, string? day, CancellationToken ct)
    {
        if (!User.HasClaim(c => c.Type == RcmClaims.Role && AccessPolicies.RolesByPolicy[AccessPolicies.PatientsWrite].Contains(c.Value))) return Forbid();
        var decision = await gate.CheckInAsync(User.RequirePracticeId(), id, ct);
        Say(decision.Allowed ? "Checked in." : "Check-in refused: " + string.Join(" ", decision.Reasons.Select(r => $"{r.Reason} Fix: {r.Fix}.")), !decision.Allowed);
        await Load(day, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOverrideAsync(long id, string? reason, string? kind, string? day, CancellationToken ct)
    {
        var clearance = kind == "self-pay" ? ClearanceKind.SelfPay : ClearanceKind.Override;
        if (string.IsNullOrWhiteSpace(reason))
        {
            Say("A reason is required.", true);
        }
        else if (clearance == ClearanceKind.Override && !CanOverride)
        {
            Say("Only front desk and billing lead users may override the checkpoint.", true);
        }
        else
        {
            await gate.ClearAsync(User.RequirePracticeId(), id, clearance, reason.Length > 500 ? reason[..500] : reason,
                User.FindFirst(RcmClaims.Actor)?.Value ?? "unknown", User.FindFirst(RcmClaims.Role)?.Value ?? "", ct);
            Say(clearance == ClearanceKind.SelfPay ? "Marked self-pay." : "Override recorded.", false);
        }

        await Load(day, ct);
        return Page();
    }

    private void Say(string message, bool error)
    {
        Message = message;
        MessageIsError = error;
    }

    private async Task Load(string? day, CancellationToken ct)
    {
        long practice = User.RequirePracticeId();
        Day = DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var visits = await db.Appointments.Where(a => a.PracticeId == practice && a.StartsAt >= from && a.StartsAt < to
            && (a.Status == AppointmentStatus.Scheduled || a.Status == AppointmentStatus.CheckedIn)).OrderBy(a => a.StartsAt).Take(200).ToListAsync(ct);
        var patientIds = visits.Select(v => v.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => p.PracticeId == practice && patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var payers = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practice).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rows = new List<Row>();
        foreach (var v in visits)
        {
            var decision = await gate.EvaluateAsync(v, ct);
            var coverage = await verifier.CoverageFor(v, ct);
            rows.Add(new Row(v, patients[v.PatientId], coverage is null ? null : payers.GetValueOrDefault(coverage.PayerId), decision,
                decision.Latest is { Status: EligibilityStatus.Active } l ? l.Benefits.EstimatePatientShare(options.EstimatedVisitAllowed) : null));
        }

        Rows = rows;
        await audit.RecordReadAsync(practice, "appointment", null, AuditActions.List, "frontdesk;count=" + rows.Count, ct);
    }
}
