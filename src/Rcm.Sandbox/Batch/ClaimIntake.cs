using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Clock;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// The clearinghouse front end for 837 files, whichever way they arrive (HTTP upload or SFTP drop): a 999 for the
/// syntax of each functional group, then a 277CA accepting or rejecting each claim (payer unknown, NPI check digit,
/// member not found, future dates of service, no diagnosis, replacement of an unknown claim), and accepted claims
/// entered in the ledger with their adjudication date on the simulated clock.
/// </summary>
public sealed class ClaimIntake
{
    private readonly PayerCatalog _payers;
    private readonly MemberDirectory _members;
    private readonly ClaimLedger _ledger;
    private readonly Mailbox _mailbox;
    private readonly EdiOutput _output;
    private readonly SimulatedClock _clock;
    private int _batchSequence;

    public ClaimIntake(PayerCatalog payers, MemberDirectory members, ClaimLedger ledger, Mailbox mailbox, EdiOutput output, SimulatedClock clock)
    {
        _payers = payers;
        _members = members;
        _ledger = ledger;
        _mailbox = mailbox;
        _output = output;
        _clock = clock;
    }

    public BatchReceipt Receive(ReadOnlySpan<byte> content, string sourceName)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        string batchId = $"B{now:yyMMdd}{Interlocked.Increment(ref _batchSequence):D4}";
        EdiDocument document;
        try
        {
            document = EdiDocument.Parse(content);
        }
        catch (X12FormatException e)
        {
            string message = $"File {Path.GetFileName(sourceName)} was not processed: {e.Message} ({e.Code})";
            OutboundFile note = _mailbox.Put("note", null, batchId, "unreadable", System.Text.Encoding.UTF8.GetBytes(message + "\n"), now);
            return new BatchReceipt { BatchId = batchId, Error = message, Files = [note.Name] };
        }

        // Typed 837s from Rcm.X12, in file order, matched to the envelope view by position and ST02.
        Queue<ClaimTransaction837> typed = new(X12TransactionParser.Parse(content).Transactions.OfType<ClaimTransaction837>());
        var files = new List<string>();
        var icns = new Dictionary<string, string>();
        int accepted = 0, rejected = 0, sets = 0;
        var sender = EdiParty.ReceiverOf(document.First("ISA"));
        var receiver = EdiParty.SenderOf(document.First("ISA"));
        foreach (IGrouping<EdiSegment?, EdiTransaction> group in document.Transactions().GroupBy(t => t.Gs))
        {
            List<EdiTransaction> transactions = [.. group];
            sets += transactions.Count;
            List<TransactionCheck> checks = [.. transactions.Select(TransactionCheck.Of)];
            byte[] ack = _output.Write(sender, receiver, "FA", "005010X231A1", w => AcknowledgmentWriter.Write(w, group.Key, checks));
            files.Add(_mailbox.Put("999", null, batchId, batchId, ack, now).Name);

            foreach ((EdiTransaction transaction, TransactionCheck check) in transactions.Zip(checks))
            {
                ClaimTransaction837? claims = transaction.SetId == "837" && typed.Count > 0 && typed.Peek().ControlNumber == transaction.ControlNumber ? typed.Dequeue() : null;
                if (!check.Accepted || claims is null)
                {
                    continue;
                }

                List<ClaimRecord> records = [.. ClaimTransactionReader.Read(claims).Select(c => Admit(c, batchId, now))];
                accepted += records.Count(r => r.State != ClaimState.Rejected);
                rejected += records.Count(r => r.State == ClaimState.Rejected);
                foreach (ClaimRecord r in records.Where(r => r.State != ClaimState.Rejected))
                {
                    icns[r.Claim.ClaimId] = r.ControlNumber;
                }

                byte[] ca = _output.Write(sender, receiver, "HN", "005010X214", w =>
                    ClaimAcknowledgmentWriter.Write(w, batchId, transaction.SenderId, now, now, records));
                files.Add(_mailbox.Put("277CA", null, batchId, batchId, ca, now).Name);
            }
        }

        return new BatchReceipt
        {
            BatchId = batchId,
            TransactionSets = sets,
            ClaimsAccepted = accepted,
            ClaimsRejected = rejected,
            ControlNumbers = icns,
            Files = files,
        };
    }

    private ClaimRecord Admit(SubmittedClaim claim, string batchId, DateTimeOffset now)
    {
        PayerProfile? payer = _payers.Find(claim.PayerId);
        MemberMatch match = payer is null
            ? MemberMatch.NotFound
            : _members.Find(payer.Id, claim.MemberId, claim.PatientLast, claim.PatientFirst, claim.PatientBirth);
        Member? member = match.Member;
        // A dependent must be billed in the 2000C patient loop under the subscriber; billed as the subscriber, the
        // payer cannot identify the patient (CO-31), as when the name does not match the id at all.
        bool mismatch = match.NameMismatch || match.IsSubscriberOnly || (member is { IsDependent: true } && claim.PatientIsSubscriber);
        string? reject = FrontEndRejection(claim, payer, member);
        ClaimRecord? original = null;
        if (reject is null && claim.Frequency is "7" or "8")
        {
            original = claim.OriginalReference is null ? null : _ledger.Find(claim.OriginalReference);
            if (original is null || original.State != ClaimState.Finalized)
            {
                reject = "A7:35"; // the claim to replace or void is not on file (or not finalized yet)
            }
        }

        var record = new ClaimRecord
        {
            ControlNumber = reject is null ? _ledger.NextControlNumber(payer!.Id, now) : string.Empty,
            Claim = claim,
            PayerId = payer?.Id ?? claim.PayerId,
            Member = member,
            PatientMismatch = mismatch,
            ReceivedAt = now,
            BatchId = batchId,
            State = reject is null ? ClaimState.InProcess : ClaimState.Rejected,
            AcknowledgmentStatus = reject ?? "A2:20",
            Replaces = original,
        };
        if (reject is null)
        {
            bool review = member is { PendsLong: true };
            record.InReview = review;
            record.DueAt = now.AddDays(review ? payer!.PendingLongDays : payer!.AdjudicationDays);
            _ledger.Add(record);
        }

        return record;
    }

    private string? FrontEndRejection(SubmittedClaim claim, PayerProfile? payer, Member? member)
    {
        if (payer is null)
        {
            return "A3:116:PR"; // claim submitted to the incorrect payer
        }

        if (!NpiCheck.IsValid(claim.BillingNpi))
        {
            return "A7:562:85"; // billing provider NPI
        }

        if (member is null)
        {
            return "A7:33:IL"; // subscriber and subscriber id not found
        }

        if (claim.Lines.Count == 0 || claim.Diagnoses.Count == 0)
        {
            return "A6:21"; // missing or invalid information
        }

        if (claim.LastServiceDate > _clock.Today)
        {
            return "A7:187"; // dates of service (in the future)
        }

        return null;
    }
}
