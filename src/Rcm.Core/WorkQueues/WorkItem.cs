using Rcm.Core.Shared;

namespace Rcm.Core.WorkQueues;

/// <summary>
/// Something that failed a gate and needs a person (DESIGN.md §1: "everything that fails a gate becomes a work item
/// in a queue, with the reason and the fix"). Stages create them with a stable issue code; the subject is the row that
/// failed (e.g. <c>appointment</c> 42). Texts carry codes and field names, never PHI.
/// </summary>
public sealed class WorkItem : TenantEntity
{
    private WorkItem() { }

    public WorkItem(long practiceId, string queue, string code, string reason, string fix, string subjectType, long subjectId, DateTimeOffset at)
    {
        Queue = queue;
        Code = code;
        Reason = reason;
        Fix = fix;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Status = WorkItemStatus.Open;
        Created(practiceId, at, "work_item.opened", $"queue={queue};code={code}");
    }

    /// <summary>Queue name, e.g. <c>eligibility</c>, <c>documentation</c>, <c>coding</c>, <c>denials</c>.</summary>
    public string Queue { get; private set; } = "";

    /// <summary>Stable issue code of the failed edit (e.g. <c>ELG001</c>).</summary>
    public string Code { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string Fix { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public long SubjectId { get; private set; }
    public WorkItemStatus Status { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public void Resolve(DateTimeOffset at)
    {
        if (Status != WorkItemStatus.Open) throw new InvalidTransitionException("work_item", "Only an open work item can be resolved.");
        Status = WorkItemStatus.Resolved;
        ResolvedAt = at;
        Record("work_item.resolved", at, "code=" + Code);
    }
}
