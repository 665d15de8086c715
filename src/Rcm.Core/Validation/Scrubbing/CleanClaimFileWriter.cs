using System.Globalization;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// Writes the clean claims of a scrubbed file as a new 837 with the same interchange, group and transaction headers
/// (sender, receiver, dates and control numbers as the practice-management system made them, so it can still match its
/// batch) and correct counts. Held claims are left out, and so are loops and envelopes that end up empty. The claims
/// themselves are written back from the typed records, untouched.
/// </summary>
public static class CleanClaimFileWriter
{
    /// <summary>Writes the clean claims; returns how many were written (0 writes nothing: an 837 without claims is not valid).</summary>
    public static int Write(ScrubResult result, Stream output)
    {
        var held = new HashSet<ClaimInformation>(result.Claims.Where(c => c.IsHeld).Select(c => c.Source.Source), ReferenceEqualityComparer.Instance);
        int written = 0;
        X12Writer? writer = null;
        try
        {
            foreach (var interchange in result.Parsed.Interchanges)
            {
                bool interchangeOpen = false;
                foreach (var group in interchange.Groups)
                {
                    bool groupOpen = false;
                    foreach (var transaction in group.Transactions.OfType<ClaimTransaction837>())
                    {
                        var kept = WithoutHeld(transaction, held, out int claims);
                        if (claims == 0)
                        {
                            continue;
                        }

                        writer ??= new X12Writer(output);
                        if (!interchangeOpen)
                        {
                            writer.BeginInterchange(new X12InterchangeHeader
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
                            interchangeOpen = true;
                        }

                        if (!groupOpen)
                        {
                            writer.BeginGroup(new X12GroupHeader
                            {
                                FunctionalIdentifier = group.FunctionalIdentifier,
                                SenderCode = group.SenderCode,
                                ReceiverCode = group.ReceiverCode,
                                Version = group.Version,
                                Date = group.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                                Time = group.Time,
                                ControlNumber = group.ControlNumber,
                            });
                            groupOpen = true;
                        }

                        Claim837Writer.Write(writer, kept);
                        written += claims;
                    }

                    if (groupOpen)
                    {
                        writer!.EndGroup();
                    }
                }

                if (interchangeOpen)
                {
                    writer!.EndInterchange();
                }
            }

            writer?.Flush();
        }
        finally
        {
            writer?.Dispose();
        }

        return written;
    }

    /// <summary>A copy of the transaction's loop tree without the held claims and without loops left empty.</summary>
    private static ClaimTransaction837 WithoutHeld(ClaimTransaction837 transaction, HashSet<ClaimInformation> held, out int claims)
    {
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
