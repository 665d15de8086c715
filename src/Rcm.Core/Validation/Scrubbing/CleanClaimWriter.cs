using System.Globalization;
using Rcm.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// Writes clean claims as they are found, into a new 837 that keeps the source's interchange and group headers (sender,
/// receiver, dates, control numbers, delimiters) so the practice-management system can still match its batch; counts are
/// the writer's own, so they are right. Envelopes open on the first clean claim inside them: an interchange, group or
/// transaction with no clean claim is not written at all.
/// </summary>
internal sealed class CleanClaimWriter : IDisposable
{
    private readonly Stream _output;
    private readonly X12Delimiters _delimiters;
    private X12Writer? _writer;
    private long _openInterchange = -1;
    private long _openGroup = -1;

    public CleanClaimWriter(Stream output, X12Delimiters delimiters)
    {
        _output = output;
        _delimiters = delimiters;
    }

    public int Written { get; private set; }

    /// <summary>Writes the transaction without its held claims; <paramref name="interchangeKey"/>/<paramref name="groupKey"/> identify the source envelopes.</summary>
    public void Write(long interchangeKey, X12InterchangeContent interchange, long groupKey, X12GroupContent group,
        ClaimTransaction837 transaction, HashSet<ClaimInformation> held)
    {
        var kept = WithoutHeld(transaction, held, out int claims);
        if (claims == 0)
        {
            return;
        }

        _writer ??= new X12Writer(_output, new X12WriterOptions { Delimiters = _delimiters });
        if (_openInterchange != interchangeKey)
        {
            CloseEnvelopes();
            _writer.BeginInterchange(new X12InterchangeHeader
            {
                SenderQualifier = interchange.SenderQualifier,
                SenderId = interchange.SenderId,
                ReceiverQualifier = interchange.ReceiverQualifier,
                ReceiverId = interchange.ReceiverId,
                UsageIndicator = interchange.UsageIndicator,
                Date = interchange.Date,
                Time = interchange.Time,
                ControlNumber = interchange.ControlNumber,
            });
            _openInterchange = interchangeKey;
        }

        if (_openGroup != groupKey)
        {
            if (_openGroup >= 0)
            {
                _writer.EndGroup();
            }

            _writer.BeginGroup(new X12GroupHeader
            {
                FunctionalIdentifier = group.FunctionalIdentifier,
                SenderCode = group.SenderCode,
                ReceiverCode = group.ReceiverCode,
                Version = group.Version,
                Date = group.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                Time = group.Time,
                ControlNumber = group.ControlNumber,
            });
            _openGroup = groupKey;
        }

        Claim837Writer.Write(_writer, kept);
        Written += claims;
    }

    public void Dispose()
    {
        if (_writer is null)
        {
            return;
        }

        CloseEnvelopes();
        _writer.Flush();
        _writer.Dispose();
        _writer = null;
    }

    private void CloseEnvelopes()
    {
        if (_openGroup >= 0)
        {
            _writer!.EndGroup();
            _openGroup = -1;
        }

        if (_openInterchange >= 0)
        {
            _writer!.EndInterchange();
            _openInterchange = -1;
        }
    }

    /// <summary>A copy of the transaction's loop tree without the held claims and without loops left empty.</summary>
    private static ClaimTransaction837 WithoutHeld(ClaimTransaction837 transaction, HashSet<ClaimInformation> held, out int claims)
    {
        if (held.Count == 0)
        {
            claims = 0;
            foreach (var billing in transaction.BillingProviders)
            {
                foreach (var subscriber in billing.Subscribers)
                {
                    claims += subscriber.Claims.Count;
                    foreach (var patient in subscriber.Patients)
                    {
                        claims += patient.Claims.Count;
                    }
                }
            }

            return transaction;
        }

        int count = 0;
        var billingProviders = new List<ClaimBillingProvider>();
        foreach (var billing in transaction.BillingProviders)
        {
            var subscribers = new List<ClaimSubscriber>();
            foreach (var subscriber in billing.Subscribers)
            {
                var own = subscriber.Claims.Where(c => !held.Contains(c)).ToList();
                var patients = subscriber.Patients
                    .Select(p => p with { Claims = p.Claims.Where(c => !held.Contains(c)).ToList() })
                    .Where(p => p.Claims.Count > 0)
                    .ToList();
                if (own.Count + patients.Count > 0)
                {
                    count += own.Count + patients.Sum(p => p.Claims.Count);
                    subscribers.Add(subscriber with { Claims = own, Patients = patients });
                }
            }

            if (subscribers.Count > 0)
            {
                billingProviders.Add(billing with { Subscribers = subscribers });
            }
        }

        claims = count;
        return transaction with { BillingProviders = billingProviders };
    }
}
