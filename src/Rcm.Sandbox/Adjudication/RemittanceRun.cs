using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Clock;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// The payers' payment cycle: adjudicates every claim whose date has come on the simulated clock and delivers one
/// 835 interchange per payer (one transaction set per payee), reversals (CLP02 22) of replaced or voided claims first.
/// Runs whenever the clock moves and on a short real-time timer.
/// </summary>
public sealed class RemittanceRun
{
    private readonly PayerCatalog _payers;
    private readonly ClaimLedger _ledger;
    private readonly ClaimAdjudicator _adjudicator;
    private readonly Mailbox _mailbox;
    private readonly EdiOutput _output;
    private readonly SimulatedClock _clock;
    private readonly FaultInjector _faults;
    private readonly Lock _runGate = new();
    private int _traceSequence;

    public RemittanceRun(PayerCatalog payers, ClaimLedger ledger, ClaimAdjudicator adjudicator, Mailbox mailbox, EdiOutput output, SimulatedClock clock, FaultInjector faults)
    {
        _payers = payers;
        _ledger = ledger;
        _adjudicator = adjudicator;
        _mailbox = mailbox;
        _output = output;
        _clock = clock;
        _faults = faults;
    }

    /// <summary>Processes what is due; returns the names of the 835 files written.</summary>
    public IReadOnlyList<string> Process()
    {
        lock (_runGate)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            var written = new List<string>();
            var byPayer = new Dictionary<string, List<RemittanceItem>>(StringComparer.OrdinalIgnoreCase);
            lock (_ledger.Gate)
            {
                List<ClaimRecord> all = [.. _ledger.Snapshot()];
                foreach (ClaimRecord record in all.Where(r => r.State == ClaimState.InProcess && r.DueAt <= now).ToList())
                {
                    PayerProfile payer = _payers.Get(record.PayerId);
                    if (!byPayer.TryGetValue(payer.Id, out List<RemittanceItem>? items))
                    {
                        byPayer[payer.Id] = items = [];
                    }

                    if (record.Replaces is { Outcome: not null } original && original.State == ClaimState.Finalized)
                    {
                        items.Add(new RemittanceItem(original, _adjudicator.Reverse(original)));
                        original.State = ClaimState.Reversed;
                    }

                    record.InReview = false;
                    record.FinalizedAt = now;
                    record.State = ClaimState.Finalized;
                    if (record.Claim.Frequency == "8")
                    {
                        // A void only takes the old payment back.
                        continue;
                    }

                    IEnumerable<ClaimRecord> earlier = all.TakeWhile(r => r != record).Where(r => r.State is ClaimState.Finalized or ClaimState.InProcess);
                    record.Outcome = _adjudicator.Adjudicate(record, payer, earlier);
                    record.Adjudications++;
                    items.Add(new RemittanceItem(record, record.Outcome));
                }
            }

            foreach ((string payerId, List<RemittanceItem> items) in byPayer)
            {
                if (items.Count == 0)
                {
                    continue;
                }

                written.AddRange(Deliver(_payers.Get(payerId), items, now));
            }

            return written;
        }
    }

    private List<string> Deliver(PayerProfile payer, List<RemittanceItem> items, DateTimeOffset now)
    {
        string trace = $"{payer.Id[^2..]}{now:yyMMdd}{Interlocked.Increment(ref _traceSequence):D5}";
        var paymentDate = DateOnly.FromDateTime(now.UtcDateTime);
        byte[] content = _output.Write(
            new EdiParty("ZZ", payer.Id),
            new EdiParty("ZZ", items[0].Record.Claim.SubmitterId is { Length: > 0 } s ? s : "SUBMITTER"),
            "HP",
            "005010X221A1",
            w =>
            {
                foreach (IGrouping<string, RemittanceItem> payee in items.GroupBy(i => i.Record.Claim.BillingNpi))
                {
                    RemittanceWriter.Write(w, payer, $"{trace}{payee.Key[^2..]}", paymentDate, payee.Key, payee.First().Record.Claim.BillingProviderName, [.. payee]);
                }
            });
        foreach (RemittanceItem item in items)
        {
            item.Record.PaymentTrace = trace;
        }

        var names = new List<string> { _mailbox.Put("835", payer.Id, null, $"{payer.Id}_{trace}", content, now).Name };
        if (_faults.For(payer.Id).Duplicate835)
        {
            // The same remittance delivered twice (same trace numbers): receivers must post it once.
            names.Add(_mailbox.Put("835", payer.Id, null, $"{payer.Id}_{trace}", content, now).Name);
        }

        return names;
    }
}
