namespace Rcm.Core.Eligibility;

/// <summary>What a real-time check found.</summary>
public enum EligibilityStatus
{
    /// <summary>271 EB*1: coverage is active on the service date.</summary>
    Active,

    /// <summary>271 EB*6: the plan exists but is not active on the service date.</summary>
    Inactive,

    /// <summary>271 AAA: the payer could not match the member (id, name or birth date) or refused the question.</summary>
    Rejected,

    /// <summary>No answer: timeout, 5xx, dropped connection or an unreadable 271. Never counts as verified.</summary>
    Unreachable,
}
