using Rcm.Core.Audit;

namespace Rcm.Core.Shared;

/// <summary>
/// Base for every row that belongs to one practice (tenant). State changes go through guarded methods
/// on the subclasses, which call <see cref="Record"/>; the DbContext turns the pending events into
/// <see cref="AuditEntry"/> rows on save, so the audit trail and the UI timeline are the same rows.
/// </summary>
public abstract class TenantEntity
{
    private readonly List<EntityEvent> _pending = [];

    public long Id { get; private set; }
    public long PracticeId { get; protected set; }
    public DateTimeOffset CreatedAt { get; protected set; }
    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>Optimistic concurrency token, bumped by every guarded change.</summary>
    public int Version { get; private set; }

    internal IReadOnlyList<EntityEvent> PendingEvents => _pending;

    internal void ClearPendingEvents() => _pending.Clear();

    /// <summary>Records a change; <paramref name="detail"/> must carry no PHI (field names, codes, ids only).</summary>
    protected void Record(string action, DateTimeOffset at, string? detail = null)
    {
        UpdatedAt = at;
        Version++;
        _pending.Add(new EntityEvent(action, at, detail));
    }

    protected void Created(long practiceId, DateTimeOffset at, string action, string? detail = null)
    {
        if (practiceId <= 0) throw new ArgumentOutOfRangeException(nameof(practiceId));
        PracticeId = practiceId;
        CreatedAt = at;
        Record(action, at, detail);
    }
}
