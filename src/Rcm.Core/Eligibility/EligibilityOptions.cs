using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility;

/// <summary>
/// How long an eligibility result stays fresh. A day by default; shorter for Medicaid managed care, whose members
/// move between plans month to month, and for marketplace plans (grace periods end coverage retroactively): set
/// those per payer code in <see cref="PayerWindows"/>.
/// </summary>
public sealed record EligibilityOptions
{
    public TimeSpan DefaultWindow { get; init; } = TimeSpan.FromDays(1);

    public Dictionary<PlanType, TimeSpan> PlanTypeWindows { get; init; } = new()
    {
        [PlanType.Medicaid] = TimeSpan.FromHours(4),
    };

    /// <summary>Per payer code (NM1*PR id), overriding the plan-type window.</summary>
    public Dictionary<string, TimeSpan> PayerWindows { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Member id patterns (regular expressions) per payer code, checked at entry.</summary>
    public Dictionary<string, string> MemberIdPatterns { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How far ahead the scheduled re-check looks for visits.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(2);

    /// <summary>The 270 service type when the visit's service has no better one (30: health benefit plan coverage).</summary>
    public string DefaultServiceType { get; init; } = "30";

    /// <summary>Expected allowed amount used for the patient-share estimate at check-in.</summary>
    public decimal EstimatedVisitAllowed { get; init; } = 150m;

    public TimeSpan WindowFor(string payerCode, PlanType planType) =>
        PayerWindows.TryGetValue(payerCode, out var w) ? w
        : PlanTypeWindows.TryGetValue(planType, out var p) ? p
        : DefaultWindow;
}
