namespace Rcm.Core.Claims.Workflow;

/// <summary>
/// Where a stored claim stands at gate 3. Real transmission to a clearinghouse comes with a later issue, so the last state
/// says only that the claim is queued for it.
/// </summary>
public enum ClaimStatus
{
    /// <summary>At least one blocking finding: the claim waits in the coding queue.</summary>
    Held,

    /// <summary>Validated without a blocking finding; may be submitted.</summary>
    Ready,

    /// <summary>Passed the gate on submit and waits for the clearinghouse connection (a later issue); no longer editable.</summary>
    QueuedForSubmission,
}
