using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Members;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// The payer's record of one received claim: its payer claim control number (ICN, CLP07), state, due date on the
/// simulated clock, outcome, and attachments received through the portal. Mutated only under the ledger's lock.
/// </summary>
public sealed class ClaimRecord
{
    public required string ControlNumber { get; init; }

    public required SubmittedClaim Claim { get; init; }

    public required string PayerId { get; init; }

    public Member? Member { get; init; }

    /// <summary>Set when the patient named on the claim is not the member found (CO-31).</summary>
    public bool PatientMismatch { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string BatchId { get; init; }

    public ClaimState State { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>277CA STC01 for the front-end decision, e.g. A2:20 or A7:33:IL.</summary>
    public string AcknowledgmentStatus { get; set; } = "A2:20";

    public ClaimOutcome? Outcome { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }

    /// <summary>True when the claim is held for medical review (pending_long members): no movement until due.</summary>
    public bool InReview { get; set; }

    public List<string> Attachments { get; } = [];

    /// <summary>The record this one replaced (its payment is reversed in the same 835).</summary>
    public ClaimRecord? Replaces { get; set; }

    /// <summary>How many times the claim was adjudicated (re-adjudication after an attachment adds one).</summary>
    public int Adjudications { get; set; }

    /// <summary>The check/EFT trace (TRN02) of the last 835 carrying this claim.</summary>
    public string? PaymentTrace { get; set; }
}
