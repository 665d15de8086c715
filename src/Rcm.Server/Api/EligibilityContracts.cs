using Rcm.Core.Eligibility;

namespace Rcm.Server.Api;

/// <summary>Body of an override or self-pay declaration.</summary>
public sealed record ClearanceRequest(string? Reason);

/// <summary>A recorded override or self-pay declaration.</summary>
public sealed record ClearanceResponse(long Id, long AppointmentId, string Kind, string Reason, string Role, DateTimeOffset At);

/// <summary>One gate-1 refusal reason.</summary>
public sealed record GateReasonResponse(string Code, string Reason, string Fix);

/// <summary>The latest verified (or attempted) eligibility result.</summary>
public sealed record EligibilityResultResponse(long Id, string Status, string Summary, DateTimeOffset CheckedAt, string Trigger, string? PlanName,
    DateOnly? PlanBegin, DateOnly? PlanEnd, decimal? Copay, decimal? CoinsurancePercent, decimal? DeductibleRemaining, decimal? OutOfPocketRemaining,
    string? OtherPayerName, string? OtherPayerCode, bool OtherPayerPrimary, bool AuthorizationRequired, string? RejectionCode, string? Fix,
    decimal EstimatedPatientShare);

/// <summary>A visit's checkpoint: clear / needs_action / checking, the reasons, the result and any clearance.</summary>
public sealed record CheckpointResponse(string State, bool Allowed, IReadOnlyList<GateReasonResponse> Reasons, EligibilityResultResponse? Result, ClearanceResponse? Clearance)
{
    public static CheckpointResponse From(CheckpointDecision d, EligibilityOptions options) => new(
        d.State switch { CheckpointState.Clear => "clear", CheckpointState.Checking => "checking", _ => "needs_action" },
        d.Allowed,
        d.Reasons.Select(r => new GateReasonResponse(r.Code, r.Reason, r.Fix)).ToList(),
        d.Latest is { } l ? new EligibilityResultResponse(l.Id, l.Status.ToString().ToLowerInvariant(), l.Summary, l.CheckedAt, l.Trigger, l.PlanName, l.PlanBegin, l.PlanEnd,
            l.Copay, l.CoinsurancePercent, l.DeductibleRemaining, l.OutOfPocketRemaining, l.OtherPayerName, l.OtherPayerCode, l.OtherPayerPrimary,
            l.AuthorizationRequired, l.RejectionCode, l.Fix, l.Benefits.EstimatePatientShare(options.EstimatedVisitAllowed)) : null,
        d.Clearance is { } c ? new ClearanceResponse(c.Id, c.AppointmentId, c.Kind.ToString(), c.Reason, c.Role, c.CreatedAt) : null);
}
