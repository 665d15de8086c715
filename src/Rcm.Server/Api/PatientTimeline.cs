using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;

namespace Rcm.Server.Api;

/// <summary>
/// A patient's timeline: the audit rows (reads left out) of the patient, its coverages and its appointments.
/// The UI timeline and the audit trail are the same rows (CONVENTIONS.md: guarded methods record events).
/// </summary>
public static class PatientTimeline
{
    public static async Task<List<TimelineEntry>> LoadAsync(RcmDbContext db, long practice, long patientId, CancellationToken ct)
    {
        var coverageIds = await db.Coverages.Where(c => c.PracticeId == practice && c.PatientId == patientId).Select(c => c.Id).ToListAsync(ct);
        var appointmentIds = await db.Appointments.Where(a => a.PracticeId == practice && a.PatientId == patientId).Select(a => a.Id).ToListAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PracticeId == practice && a.Action != AuditActions.Read && a.Action != AuditActions.List && a.Action != AuditActions.Search
                        && ((a.EntityType == "patient" && a.EntityId == patientId)
                            || (a.EntityType == "coverage" && coverageIds.Contains(a.EntityId!.Value))
                            || (a.EntityType == "appointment" && appointmentIds.Contains(a.EntityId!.Value))))
            .OrderBy(a => a.Id).Take(500).ToListAsync(ct);
        return rows.Select(a => new TimelineEntry(a.At, a.Action, a.Actor, a.EntityType, a.EntityId, a.Detail)).ToList();
    }
}
