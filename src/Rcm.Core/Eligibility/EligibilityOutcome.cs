namespace Rcm.Core.Eligibility;

/// <summary>
/// A real-time check in business terms, read from the 271: status, plan dates, the visit's benefits, another payer
/// named for coordination of benefits, and rejections in plain words with their fix. <see cref="Raw271"/> keeps the
/// payer's answer as received.
/// </summary>
public sealed record EligibilityOutcome
{
    public required EligibilityStatus Status { get; init; }
    public string? PlanName { get; init; }
    public DateOnly? PlanBegin { get; init; }
    public DateOnly? PlanEnd { get; init; }
    public BenefitSummary Benefits { get; init; } = BenefitSummary.None;

    /// <summary>Another payer the 271 names (EB*R with 2120C NM1*PR).</summary>
    public OtherPayer? OtherPayer { get; init; }

    /// <summary>EB11 = Y on the active benefit: the payer wants an authorization.</summary>
    public bool AuthorizationRequired { get; init; }

    /// <summary>First AAA found, translated (null when none).</summary>
    public EligibilityRejection? Rejection { get; init; }

    /// <summary>Why the payer was unreachable (no PHI: a status or exception kind).</summary>
    public string? FailureReason { get; init; }

    public string? Raw271 { get; init; }

    /// <summary>One line in plain words for the front desk and the CLI.</summary>
    public string Summary => Status switch
    {
        EligibilityStatus.Active => $"Active{(PlanName is null ? "" : " — " + PlanName)}{(PlanBegin is { } b ? $" since {b:yyyy-MM-dd}" : "")}{(PlanEnd is { } e ? $" until {e:yyyy-MM-dd}" : "")}"
            + (OtherPayer is { IsPrimary: true } o ? $"; {o.Name} ({o.PayerCode}) is primary" : ""),
        EligibilityStatus.Inactive => $"Inactive{(PlanName is null ? "" : " — " + PlanName)}{(PlanEnd is { } e ? $", ended {e:yyyy-MM-dd}" : "")}"
            + (OtherPayer is { } o ? $"; now with {o.Name} ({o.PayerCode})" : ""),
        EligibilityStatus.Rejected => Rejection is { } r ? $"{r.Words}: {r.Fix}" : "Rejected by the payer",
        _ => "Payer unreachable" + (FailureReason is null ? "" : $" ({FailureReason})"),
    };

    public static EligibilityOutcome Unreachable(string reason) => new() { Status = EligibilityStatus.Unreachable, FailureReason = reason };
}
