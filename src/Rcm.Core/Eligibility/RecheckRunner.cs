using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Finds scheduled visits within the horizon whose result is missing, older than the payer's window, not from the
/// visit day on the visit day, or older than the last edit of the coverage or the appointment (coverage edited,
/// appointment moved), and re-checks them. Run on a schedule by the host (Quartz) across all practices.
/// </summary>
public sealed class RecheckRunner
{
    private readonly RcmDbContext _db;
    private readonly EligibilityGate _gate;
    private readonly EligibilityVerifier _verifier;
    private readonly EligibilityOptions _options;
    private readonly TimeProvider _time;

    public RecheckRunner(RcmDbContext db, EligibilityGate gate, EligibilityVerifier verifier, EligibilityOptions options, TimeProvider time)
    {
        _db = db;
        _gate = gate;
        _verifier = verifier;
        _options = options;
        _time = time;
    }

    /// <summary>Re-checks what is due; returns how many checks were sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        DateTimeOffset now = _time.GetUtcNow();
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var until = now + _options.Horizon;
        var visits = await _db.Appointments.Where(a => a.Status == AppointmentStatus.Scheduled && a.StartsAt >= dayStart && a.StartsAt <= until)
            .OrderBy(a => a.StartsAt).Take(5_000).ToListAsync(ct);
        int sent = 0;
        foreach (var visit in visits)
        {
            var decision = await _gate.EvaluateAsync(visit, ct);
            bool moved = decision.Latest is { } l && visit.UpdatedAt > l.CheckedAt;
            bool due = decision.State == CheckpointState.Checking || moved
                || decision.Reasons.Any(r => r.Code is EligibilityCodes.Unreachable);
            if (!due || decision.Clearance is not null) continue;
            bool visitDay = DateOnly.FromDateTime(visit.StartsAt.UtcDateTime) == DateOnly.FromDateTime(now.UtcDateTime);
            string trigger = moved ? "event" : visitDay ? "visit_day" : "recheck";
            if (await _verifier.CheckVisitAsync(visit.PracticeId, visit.Id, trigger, ct) is not null) sent++;
        }

        return sent;
    }
}
