using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Payers;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Answers a 276 with a 277 (005010X212). A claim is found by payer claim control number (REF*1K), else by the
/// provider's claim id (REF*EJ), else by member, charge and dates. Statuses: A4:35 not found, A7/A3 rejected at the
/// front end, P1:20 in process, P2:46 in review with no movement (pending_long), F1:65 paid, F4:1 adjudicated with
/// nothing to pay, F2:1 denied, F3:1 revised (reversed by a replacement).
/// </summary>
public sealed class ClaimStatusResponder
{
    private readonly PayerCatalog _payers;
    private readonly ClaimLedger _ledger;
    private readonly TimeProvider _clock;

    public ClaimStatusResponder(PayerCatalog payers, ClaimLedger ledger, TimeProvider clock)
    {
        _payers = payers;
        _ledger = ledger;
        _clock = clock;
    }

    public void Respond(X12Writer w, ClaimStatusRequest276 request)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        string today = EdiFormat.Date(DateOnly.FromDateTime(now.UtcDateTime));
        w.BeginTransaction("277", null, "005010X212");
        w.WriteSegment("BHT", "0010", "08", request.Header.ReferenceId is { Length: > 0 } reference ? reference : "0", today, EdiFormat.Time(now), "DG");

        X12Name? payerName = ClaimStatusQuestion.PartyAt(request, "20")?.Name;
        X12Name? receiver = ClaimStatusQuestion.PartyAt(request, "21")?.Name;
        X12Name? provider = ClaimStatusQuestion.PartyAt(request, "19")?.Name;
        PayerProfile? payer = _payers.Find(payerName?.Identifier);
        w.WriteSegment("HL", "1", null, "20", "1");
        w.WriteSegment("NM1", "PR", "2", payer?.Name.ToUpperInvariant() ?? payerName?.LastOrOrganizationName ?? "UNKNOWN", null, null, null, null, "PI", payerName?.Identifier is { Length: > 0 } pid ? pid : "UNKNOWN");
        w.WriteSegment("HL", "2", "1", "21", "1");
        w.WriteSegment("NM1", "41", "2", receiver?.LastOrOrganizationName ?? "SUBMITTER", null, null, null, null, "46", receiver?.Identifier is { Length: > 0 } rid ? rid : "UNKNOWN");
        w.WriteSegment("HL", "3", "2", "19", "1");
        w.WriteSegment("NM1", "1P", "2", provider?.LastOrOrganizationName ?? "PROVIDER", null, null, null, null, "XX", provider?.Identifier is { Length: > 0 } npi ? npi : "0000000000");

        int hl = 3;
        foreach (ClaimStatusQuestion q in ClaimStatusQuestion.ReadAll(request))
        {
            w.WriteSegment("HL", (++hl).ToString(), "3", "22", "0");
            w.WriteSegment("NM1", "IL", "1", q.LastName, q.FirstName, null, null, null, "MI", q.MemberId);
            w.WriteSegment("TRN", "2", q.Trace);
            ClaimRecord? record = payer is null ? null : Find(payer.Id, q);
            if (record is null)
            {
                w.WriteSegment("STC", "A4:35", today);
                continue;
            }

            (string status, decimal paid) = Status(record);
            string? finalized = record.FinalizedAt is { } f ? EdiFormat.Date(DateOnly.FromDateTime(f.UtcDateTime)) : null;
            bool withPayment = record.State == ClaimState.Finalized && record.Outcome is not null;
            w.WriteSegment(
                "STC", status, today, null, EdiFormat.Amount(record.Claim.TotalCharge), withPayment ? EdiFormat.Amount(paid) : null,
                withPayment ? finalized : null, null, withPayment && paid > 0 ? finalized : null, withPayment && paid > 0 ? record.PaymentTrace : null);
            if (record.ControlNumber.Length > 0)
            {
                w.WriteSegment("REF", "1K", record.ControlNumber);
            }

            w.WriteSegment("REF", "EJ", record.Claim.ClaimId);
            if (record.Claim.Lines.Count > 0)
            {
                w.WriteSegment("DTP", "472", "RD8", EdiFormat.Range(record.Claim.FirstServiceDate, record.Claim.LastServiceDate));
            }
        }

        w.EndTransaction();
    }

    /// <summary>The STC01 composite and the paid amount for a record, shared with the portal.</summary>
    public static (string Status, decimal Paid) Status(ClaimRecord record) => record.State switch
    {
        ClaimState.Rejected => (record.AcknowledgmentStatus, 0m),
        ClaimState.InProcess when record.InReview => ("P2:46", 0m),
        ClaimState.InProcess => ("P1:20", 0m),
        ClaimState.Reversed => ("F3:1", 0m),
        _ when record.Outcome is null => ("F1:1", 0m),
        _ when record.Outcome.Paid > 0 => ("F1:65", record.Outcome.Paid),
        _ when record.Outcome.Status == "4" => ("F2:1", 0m),
        _ => ("F4:1", 0m),
    };

    private ClaimRecord? Find(string payerId, ClaimStatusQuestion q)
    {
        if (q.PayerClaimNumber is { Length: > 0 } icn && _ledger.Find(icn) is { } byIcn && byIcn.PayerId == payerId)
        {
            return byIcn;
        }

        if (q.ClaimId is { Length: > 0 } claimId && _ledger.FindByClaimId(payerId, claimId) is { } byClaim)
        {
            return byClaim;
        }

        return _ledger.Snapshot().LastOrDefault(r =>
            r.PayerId == payerId
            && string.Equals(r.Claim.MemberId, q.MemberId, StringComparison.OrdinalIgnoreCase)
            && (q.Charge is null || r.Claim.TotalCharge == q.Charge)
            && (q.From is null || (r.Claim.Lines.Count > 0 && r.Claim.FirstServiceDate >= q.From && r.Claim.LastServiceDate <= q.To)));
    }
}
