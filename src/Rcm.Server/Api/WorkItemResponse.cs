using Rcm.Core.WorkQueues;

namespace Rcm.Server.Api;

/// <summary>A work item: the queue, the failed edit's code, the reason and the fix, and the row it is about.</summary>
public sealed record WorkItemResponse(long Id, string Queue, string Code, string Reason, string Fix, string SubjectType, long SubjectId,
    WorkItemStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt)
{
    public static WorkItemResponse From(WorkItem w) => new(w.Id, w.Queue, w.Code, w.Reason, w.Fix, w.SubjectType, w.SubjectId, w.Status, w.CreatedAt, w.ResolvedAt);
}
