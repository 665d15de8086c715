namespace Rcm.Core.Audit;

/// <summary>
/// One row of the append-only audit trail: who (actor), what (action on an entity), when, from where (IP).
/// Writes come from entity events; reads of patient data are recorded by <see cref="AuditTrail"/>.
/// No update or delete path exists: the DbContext refuses them, and database triggers refuse them too.
/// <see cref="Detail"/> carries field names, codes and counts only, never PHI values.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(long? practiceId, DateTimeOffset at, string actor, string? ip, string action,
        string entityType, long? entityId, string? detail)
    {
        PracticeId = practiceId;
        At = at;
        Actor = actor;
        Ip = ip;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Detail = detail;
    }

    public long Id { get; private set; }
    public long? PracticeId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Ip { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public long? EntityId { get; private set; }
    public string? Detail { get; private set; }
}
