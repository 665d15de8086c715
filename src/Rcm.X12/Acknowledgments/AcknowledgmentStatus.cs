namespace Rcm.X12.Acknowledgments;

/// <summary>A verdict in a 999: IK501 for a transaction set, AK901 for a functional group (X231A1).</summary>
public enum AcknowledgmentStatus
{
    /// <summary>A: accepted.</summary>
    Accepted,

    /// <summary>E: accepted, but errors were noted.</summary>
    AcceptedWithErrors,

    /// <summary>P: some transaction sets of the group accepted, some rejected (AK901 only).</summary>
    PartiallyAccepted,

    /// <summary>R (or M, W, X): rejected.</summary>
    Rejected,
}
