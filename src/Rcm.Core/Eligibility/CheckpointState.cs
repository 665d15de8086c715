namespace Rcm.Core.Eligibility;

/// <summary>A visit's place at gate 1, as the front desk sees it.</summary>
public enum CheckpointState
{
    /// <summary>Fresh active result (or self-pay, or an override): check-in allowed.</summary>
    Clear,

    /// <summary>Something must be fixed or overridden before check-in.</summary>
    NeedsAction,

    /// <summary>No result yet and a check is due or running.</summary>
    Checking,
}
