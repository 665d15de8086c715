using Rcm.Core.Claims;
using Rcm.Core.Claims.Workflow;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Backtesting;

namespace Rcm.Server.Api;

/// <summary>Creates a stored claim from a business claim; <c>visitId</c> ties it to the visit (appointment) it bills.</summary>
public sealed record ClaimCreateRequest(Claim? Claim, long? VisitId);

/// <summary>Replaces the claim's diagnoses and/or service lines (codes, modifiers, units, pointers); the claim is re-validated.</summary>
public sealed record ClaimCodingRequest(List<Diagnosis>? Diagnoses, List<ServiceLine>? Lines);

/// <summary>Replaces the modifiers of one service line; the claim is re-validated.</summary>
public sealed record LineModifiersRequest(List<string>? Modifiers);

/// <summary>Claims to submit together; blocked claims are held back and reported, the others are queued.</summary>
public sealed record ClaimBatchSubmitRequest(List<long>? ClaimIds);

/// <summary>A known payer outcome for a stored claim (paid or denied), for the backtest.</summary>
public sealed record ClaimOutcomeEntry(long ClaimId, ClaimOutcome Outcome);

/// <summary>Outcomes to store before the backtest runs (optional: stored outcomes are used when none are given).</summary>
public sealed record ClaimBacktestRequest(List<ClaimOutcomeEntry>? Outcomes);

/// <summary>A finding in plain words: rule id, block or warn, where, what is wrong and how to fix it.</summary>
public sealed record ClaimFindingResponse(string RuleId, string Severity, string Field, int? LineNumber, string Message, string Fix)
{
    public static ClaimFindingResponse From(StoredFinding f) =>
        new(f.RuleId, f.Severity == FindingSeverity.Block ? "block" : "warn", f.Field, f.LineNumber, f.Message, f.Fix);
}

/// <summary>One step in the claim's life.</summary>
public sealed record ClaimEventResponse(int Sequence, DateTimeOffset At, string Kind, string? Detail);

/// <summary>A claim in a list: its state and findings, without the claim document.</summary>
public sealed record ClaimSummaryResponse(long Id, string ClaimNumber, string PayerCode, long? VisitId, string Status, decimal TotalCharge,
    DateOnly? FirstServiceDate, string RuleSetVersion, DateTimeOffset ValidatedAt, IReadOnlyList<ClaimFindingResponse> Findings)
{
    public static ClaimSummaryResponse From(ClaimRecord c) => new(c.Id, c.ClaimNumber, c.PayerCode, c.VisitId, ClaimStates.Name(c.Status),
        c.TotalCharge, c.FirstServiceDate, c.RuleSetVersion, c.ValidatedAt, c.Findings.Select(ClaimFindingResponse.From).ToList());
}

/// <summary>
/// A stored claim with its latest findings and events. <c>status</c> is <c>held</c> (blocking findings), <c>ready</c>, or
/// <c>queued_for_submission</c> (passed the gate; sending to a clearinghouse comes with a later issue).
/// </summary>
public sealed record ClaimResponse(long Id, string ClaimNumber, string PayerCode, long? VisitId, string Status, decimal TotalCharge,
    DateOnly? FirstServiceDate, string RuleSetVersion, DateTimeOffset ValidatedAt, DateTimeOffset? QueuedAt, string? Outcome, int Version,
    IReadOnlyList<ClaimFindingResponse> Findings, IReadOnlyList<ClaimEventResponse> Events, Claim Claim)
{
    public static ClaimResponse From(ClaimRecord c) => new(c.Id, c.ClaimNumber, c.PayerCode, c.VisitId, ClaimStates.Name(c.Status), c.TotalCharge,
        c.FirstServiceDate, c.RuleSetVersion, c.ValidatedAt, c.QueuedAt, c.Outcome?.ToString().ToLowerInvariant(), c.Version,
        c.Findings.Select(ClaimFindingResponse.From).ToList(),
        c.Events.OrderBy(e => e.Sequence).Select(e => new ClaimEventResponse(e.Sequence, e.At, e.Kind, e.Detail)).ToList(), c.ReadClaim());
}

/// <summary>A claim the batch held back, with the blocking findings that held it.</summary>
public sealed record HeldClaimResponse(long ClaimId, string ClaimNumber, IReadOnlyList<ClaimFindingResponse> Findings);

/// <summary>The batch result: queued claims, held claims with their findings, and ids that were unknown or not submittable.</summary>
public sealed record ClaimBatchSubmitResponse(IReadOnlyList<long> Queued, IReadOnlyList<HeldClaimResponse> Held, IReadOnlyList<long> NotFound,
    IReadOnlyList<long> NotSubmittable);

/// <summary>The backtest over stored claims with outcomes; <c>unknownClaimIds</c> lists given ids that are not this practice's claims.</summary>
public sealed record ClaimBacktestResponse(BacktestReport Report, IReadOnlyList<long> UnknownClaimIds);

/// <summary>Status names as the API and UI show them.</summary>
public static class ClaimStates
{
    public static string Name(ClaimStatus s) => s switch
    {
        ClaimStatus.Held => "held",
        ClaimStatus.Ready => "ready",
        _ => "queued_for_submission",
    };
}
