namespace Rcm.Core.Eligibility;

/// <summary>Gate 1's answer for one visit: allowed or not, every reason, and the result it was based on.</summary>
public sealed record CheckpointDecision(CheckpointState State, IReadOnlyList<GateReason> Reasons, EligibilityCheck? Latest, VisitClearance? Clearance)
{
    public bool Allowed => State == CheckpointState.Clear;
}
