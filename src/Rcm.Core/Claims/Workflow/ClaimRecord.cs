using Rcm.Core.Shared;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Backtesting;

namespace Rcm.Core.Claims.Workflow;

/// <summary>
/// A stored claim (one per visit when built from a visit) with the findings of its latest validation and its events.
/// Every change goes through a guarded method that takes a fresh <see cref="GateDecision"/>, so the stored findings are
/// always those of the stored claim (DESIGN.md §1, gate 3: "re-validated on every change"). Submitting is refused while a
/// blocking finding exists and once the claim is queued.
/// </summary>
public sealed class ClaimRecord : TenantEntity
{
    private readonly List<StoredFinding> _findings = [];
    private readonly List<ClaimEvent> _events = [];

    private ClaimRecord() { }

    public ClaimRecord(long practiceId, Claim claim, GateDecision decision, long? visitId, DateTimeOffset at)
    {
        VisitId = visitId;
        CopyColumns(claim);
        Created(practiceId, at, "claim.created", "claim=" + ClaimNumber);
        AddEvent(at, "created", visitId is null ? null : "visit=" + visitId);
        ApplyDecision(decision, at);
    }

    /// <summary>The practice's claim identifier (patient control number, CLM01).</summary>
    public string ClaimNumber { get; private set; } = "";
    public string PayerCode { get; private set; } = "";
    public long? VisitId { get; private set; }
    public decimal TotalCharge { get; private set; }
    public DateOnly? FirstServiceDate { get; private set; }
    public ClaimStatus Status { get; private set; }
    public string RuleSetVersion { get; private set; } = "";
    public DateTimeOffset ValidatedAt { get; private set; }
    public DateTimeOffset? QueuedAt { get; private set; }

    /// <summary>What the payer did with the claim (from its 835, or given to a backtest); null while unknown.</summary>
    public ClaimOutcome? Outcome { get; private set; }

    /// <summary>The business claim as JSON (<see cref="ClaimJson"/>).</summary>
    public string Document { get; private set; } = "";

    public IReadOnlyList<StoredFinding> Findings => _findings;
    public IReadOnlyList<ClaimEvent> Events => _events;
    public bool IsBlocked => _findings.Any(f => f.IsBlocking);

    public Claim ReadClaim() => ClaimJson.Read(Document);

    /// <summary>Replaces the claim (lines, diagnoses, modifiers…) and stores the validation of the new version.</summary>
    public void Revise(Claim claim, GateDecision decision, DateTimeOffset at)
    {
        EnsureEditable();
        CopyColumns(claim);
        Record("claim.revised", at, "claim=" + ClaimNumber);
        AddEvent(at, "revised", null);
        ApplyDecision(decision, at);
    }

    /// <summary>Stores a fresh validation of the unchanged claim (after a code-set or payer-rule update).</summary>
    public void Revalidate(GateDecision decision, DateTimeOffset at)
    {
        EnsureEditable();
        Record("claim.validated", at, decision.Validation.RuleSetVersion);
        ApplyDecision(decision, at);
    }

    /// <summary>
    /// The gate: with a decision taken right now, queues the claim for submission or refuses. Returns false (and holds the
    /// claim) when any blocking finding exists; throws <see cref="InvalidTransitionException"/> when already queued.
    /// </summary>
    public bool Submit(GateDecision decision, DateTimeOffset at)
    {
        if (Status == ClaimStatus.QueuedForSubmission)
            throw new InvalidTransitionException("claim", "The claim is already queued for submission.");
        ApplyDecision(decision, at);
        if (!decision.SubmitAllowed)
        {
            Record("claim.submit_refused", at, Blocking());
            AddEvent(at, "submit_refused", Blocking());
            return false;
        }

        Status = ClaimStatus.QueuedForSubmission;
        QueuedAt = at;
        Record("claim.queued_for_submission", at, "claim=" + ClaimNumber);
        AddEvent(at, "queued_for_submission", null);
        return true;
    }

    public void RecordOutcome(ClaimOutcome outcome, DateTimeOffset at)
    {
        if (Outcome == outcome) return;
        Outcome = outcome;
        Record("claim.outcome", at, outcome.ToString());
        AddEvent(at, "outcome", outcome.ToString());
    }

    private void EnsureEditable()
    {
        if (Status == ClaimStatus.QueuedForSubmission)
            throw new InvalidTransitionException("claim", "The claim is queued for submission and can no longer be changed.");
    }

    private void CopyColumns(Claim claim)
    {
        ClaimNumber = claim.ClaimId;
        PayerCode = claim.PayerId;
        TotalCharge = claim.TotalCharge;
        FirstServiceDate = claim.FirstServiceDate;
        Document = ClaimJson.Write(claim);
    }

    private void ApplyDecision(GateDecision decision, DateTimeOffset at)
    {
        _findings.Clear();
        _findings.AddRange(decision.Findings.Select(f => new StoredFinding(f)));
        RuleSetVersion = decision.Validation.RuleSetVersion;
        ValidatedAt = at;
        Status = decision.SubmitAllowed ? ClaimStatus.Ready : ClaimStatus.Held;
        AddEvent(at, "validated", decision.SubmitAllowed ? "ready" : Blocking());
    }

    private string Blocking() => "blocking=" + string.Join(',', _findings.Where(f => f.IsBlocking).Select(f => f.RuleId).Distinct());

    private void AddEvent(DateTimeOffset at, string kind, string? detail)
    {
        var detailText = detail is { Length: > 500 } ? detail[..500] : detail;
        _events.Add(new ClaimEvent(_events.Count == 0 ? 1 : _events.Max(e => e.Sequence) + 1, at, kind, detailText));
    }
}
