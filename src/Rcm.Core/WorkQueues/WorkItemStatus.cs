namespace Rcm.Core.WorkQueues;

/// <summary>Where a work item stands.</summary>
public enum WorkItemStatus
{
    Open,
    Resolved,
}
