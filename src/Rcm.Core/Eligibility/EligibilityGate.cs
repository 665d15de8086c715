using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Core.WorkQueues;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Gate 1 as a domain service: check-in goes through it, and claim creation calls <see cref="EvaluateAsync"/>. A
/// refusal opens one work item per reason in the front desk's eligibility queue (once per visit and code); passing
/// resolves them.
/// </summary>
public sealed class EligibilityGate
{
    private readonly RcmDbContext _db;
    private readonly EligibilityVerifier _verifier;
    private readonly EligibilityOptions _options;
    private readonly TimeProvider _time;

    public EligibilityGate(RcmDbContext db, EligibilityVerifier verifier, EligibilityOptions options, TimeProvider time)
    {
        _db = db;
        _verifier = verifier;
        _options = options;
        _time = time;
    }

    public async Task<CheckpointDecision> EvaluateAsync(long practiceId, long appointmentId, CancellationToken ct)
    {
        var visit = await _db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId && a.PracticeId == practiceId, ct)
            ?? throw new KeyNotFoundException("appointment " + appointmentId);
        return await EvaluateAsync(visit, ct);
    }

    public async Task<CheckpointDecision> EvaluateAsync(Appointment visit, CancellationToken ct)
    {
        var coverage = await _verifier.CoverageFor(visit, ct);
        Payer? payer = coverage is null ? null : await _db.Payers.SingleOrDefaultAsync(p => p.Id == coverage.PayerId && p.PracticeId == visit.PracticeId, ct);
        var history = coverage is null ? []
            : await _db.Set<EligibilityCheck>().Where(c => c.PracticeId == visit.PracticeId && c.CoverageId == coverage.Id)
                .OrderByDescending(c => c.Id).Take(20).ToListAsync(ct);
        var clearance = await _db.Set<VisitClearance>().Where(c => c.PracticeId == visit.PracticeId && c.AppointmentId == visit.Id)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        return CheckpointRules.Evaluate(visit, coverage, payer, history, clearance, _options, _time.GetUtcNow());
    }

    /// <summary>
    /// Checks the visit in when gate 1 allows it; a stale or missing result is re-checked first (registration), so a
    /// front desk never has to press two buttons for the ordinary case.
    /// </summary>
    public async Task<CheckpointDecision> CheckInAsync(long practiceId, long appointmentId, CancellationToken ct)
    {
        var decision = await EvaluateAsync(practiceId, appointmentId, ct);
        if (decision.State == CheckpointState.Checking || decision.Reasons.Any(r => r.Code == EligibilityCodes.Unreachable))
        {
            await _verifier.CheckVisitAsync(practiceId, appointmentId, "registration", ct);
            decision = await EvaluateAsync(practiceId, appointmentId, ct);
        }

        var visit = await _db.Appointments.SingleAsync(a => a.Id == appointmentId && a.PracticeId == practiceId, ct);
        if (decision.Allowed)
        {
            visit.CheckIn(_time.GetUtcNow());
            await ResolveOpenItems(visit, ct);
        }
        else
        {
            await OpenItems(visit, decision.Reasons, ct);
        }

        await _db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>Records a self-pay declaration or an override. Overrides are for front_desk and billing_lead only.</summary>
    public async Task<VisitClearance> ClearAsync(long practiceId, long appointmentId, ClearanceKind kind, string reason, string userId, string role, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("A reason is required.", nameof(reason));
        if (kind == ClearanceKind.Override && role is not (Roles.FrontDesk or Roles.BillingLead))
            throw new UnauthorizedAccessException("Only front desk and billing lead users may override gate 1.");
        _ = await _db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId && a.PracticeId == practiceId, ct)
            ?? throw new KeyNotFoundException("appointment " + appointmentId);
        var clearance = new VisitClearance(practiceId, appointmentId, kind, reason, userId, role, _time.GetUtcNow());
        _db.Add(clearance);
        await _db.SaveChangesAsync(ct);
        return clearance;
    }

    private async Task OpenItems(Appointment visit, IReadOnlyList<GateReason> reasons, CancellationToken ct)
    {
        var open = await _db.WorkItems.Where(w => w.PracticeId == visit.PracticeId && w.Queue == EligibilityCodes.Queue && w.SubjectType == "appointment"
            && w.SubjectId == visit.Id && w.Status == WorkItemStatus.Open).Select(w => w.Code).ToListAsync(ct);
        foreach (var r in reasons.Where(r => !open.Contains(r.Code)))
            _db.WorkItems.Add(new WorkItem(visit.PracticeId, EligibilityCodes.Queue, r.Code, Trim(r.Reason), Trim(r.Fix), "appointment", visit.Id, _time.GetUtcNow()));
    }

    private async Task ResolveOpenItems(Appointment visit, CancellationToken ct)
    {
        var open = await _db.WorkItems.Where(w => w.PracticeId == visit.PracticeId && w.Queue == EligibilityCodes.Queue && w.SubjectType == "appointment"
            && w.SubjectId == visit.Id && w.Status == WorkItemStatus.Open).ToListAsync(ct);
        foreach (var w in open) w.Resolve(_time.GetUtcNow());
    }

    private static string Trim(string s) => s.Length <= 500 ? s : s[..500];
}
