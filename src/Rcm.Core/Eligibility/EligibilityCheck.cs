using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility;

/// <summary>
/// One stored real-time eligibility result for a coverage (and the visit it was run for), with the payer's raw 271.
/// Rows are written once and never edited: a re-check is a new row, so the history shows what the payer said when.
/// </summary>
public sealed class EligibilityCheck : TenantEntity
{
    private EligibilityCheck() { }

    public EligibilityCheck(long practiceId, long patientId, long coverageId, long? appointmentId, string serviceType, DateOnly serviceDate,
        string trigger, EligibilityOutcome outcome, DateTimeOffset at)
    {
        PatientId = patientId;
        CoverageId = coverageId;
        AppointmentId = appointmentId;
        ServiceType = serviceType;
        ServiceDate = serviceDate;
        Trigger = trigger;
        CheckedAt = at;
        Status = outcome.Status;
        PlanName = outcome.PlanName;
        PlanBegin = outcome.PlanBegin;
        PlanEnd = outcome.PlanEnd;
        Copay = outcome.Benefits.Copay;
        CoinsurancePercent = outcome.Benefits.CoinsurancePercent;
        Deductible = outcome.Benefits.Deductible;
        DeductibleRemaining = outcome.Benefits.DeductibleRemaining;
        OutOfPocketMax = outcome.Benefits.OutOfPocketMax;
        OutOfPocketRemaining = outcome.Benefits.OutOfPocketRemaining;
        OtherPayerName = outcome.OtherPayer?.Name;
        OtherPayerCode = outcome.OtherPayer?.PayerCode;
        OtherPayerPrimary = outcome.OtherPayer?.IsPrimary ?? false;
        AuthorizationRequired = outcome.AuthorizationRequired;
        RejectionCode = outcome.Rejection?.Code;
        Summary = outcome.Summary;
        Fix = outcome.Rejection?.Fix;
        Raw271 = outcome.Raw271;
        // Audit detail: codes only (no names, ids or plan details are PHI-free enough to log).
        Created(practiceId, at, "eligibility.checked", $"status={Status};trigger={trigger};aaa={RejectionCode}");
    }

    public long PatientId { get; private set; }
    public long CoverageId { get; private set; }
    public long? AppointmentId { get; private set; }
    public string ServiceType { get; private set; } = "30";
    public DateOnly ServiceDate { get; private set; }

    /// <summary><c>scheduling</c>, <c>registration</c>, <c>recheck</c>, <c>visit_day</c>, <c>event</c> or <c>manual</c>.</summary>
    public string Trigger { get; private set; } = "";
    public DateTimeOffset CheckedAt { get; private set; }
    public EligibilityStatus Status { get; private set; }
    public string? PlanName { get; private set; }
    public DateOnly? PlanBegin { get; private set; }
    public DateOnly? PlanEnd { get; private set; }
    public decimal? Copay { get; private set; }
    public decimal? CoinsurancePercent { get; private set; }
    public decimal? Deductible { get; private set; }
    public decimal? DeductibleRemaining { get; private set; }
    public decimal? OutOfPocketMax { get; private set; }
    public decimal? OutOfPocketRemaining { get; private set; }
    public string? OtherPayerName { get; private set; }
    public string? OtherPayerCode { get; private set; }
    public bool OtherPayerPrimary { get; private set; }
    public bool AuthorizationRequired { get; private set; }
    public string? RejectionCode { get; private set; }
    public string Summary { get; private set; } = "";
    public string? Fix { get; private set; }

    /// <summary>The payer's 271 exactly as received (null when the payer was unreachable).</summary>
    public string? Raw271 { get; private set; }

    public BenefitSummary Benefits => new(Copay, CoinsurancePercent, Deductible, DeductibleRemaining, OutOfPocketMax, OutOfPocketRemaining);
}
