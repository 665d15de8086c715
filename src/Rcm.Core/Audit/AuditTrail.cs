using Rcm.Core.Persistence;

namespace Rcm.Core.Audit;

/// <summary>Records reads of patient data (writes are recorded by the entities' own events on save).</summary>
public sealed class AuditTrail(RcmDbContext db, IActorContext actor, TimeProvider time)
{
    /// <summary>Appends a read entry and saves it at once, so a read is audited even if nothing else is saved.</summary>
    public async Task RecordReadAsync(long practiceId, string entityType, long? entityId, string action, string? detail, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry(practiceId, time.GetUtcNow(), actor.Actor, actor.Ip, action, entityType, entityId, detail));
        await db.SaveChangesAsync(ct);
    }
}
