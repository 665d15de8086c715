using Rcm.X12.Transactions.ClaimStatus;
using Rcm.X12.Transactions.Claims;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Transactions.Remittance;
using Rcm.X12.Transactions.ServiceReview;
using Rcm.X12.Writing;

namespace Rcm.X12.Transactions;

/// <summary>Writes typed transactions back to X12: one transaction set, or whole parsed interchanges with their envelopes.</summary>
public static class X12TransactionWriter
{
    /// <summary>Writes one transaction set (ST…SE) with its family's writer.</summary>
    public static void Write(X12Writer writer, X12Transaction transaction)
    {
        switch (transaction)
        {
            case ClaimTransaction837 claims: Claim837Writer.Write(writer, claims); break;
            case RemittanceTransaction835 remittance: Remittance835Writer.Write(writer, remittance); break;
            case EligibilityInquiry270 inquiry: EligibilityWriter.Write(writer, inquiry); break;
            case EligibilityResponse271 response: EligibilityWriter.Write(writer, response); break;
            case ClaimStatusRequest276 request: ClaimStatusWriter.Write(writer, request); break;
            case ClaimStatusResponse277 status: ClaimStatusWriter.Write(writer, status); break;
            case ServiceReview278 review: ServiceReviewWriter.Write(writer, review); break;
            default: throw new ArgumentException($"No writer for {transaction.GetType().Name}.", nameof(transaction));
        }
    }

    /// <summary>Writes parsed interchanges back with their own envelope values (sender, receiver, dates, control numbers).</summary>
    public static void Write(X12Writer writer, IEnumerable<X12InterchangeContent> interchanges)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(interchanges);
        foreach (X12InterchangeContent interchange in interchanges)
        {
            writer.BeginInterchange(new X12InterchangeHeader
            {
                SenderQualifier = interchange.SenderQualifier,
                SenderId = interchange.SenderId,
                ReceiverQualifier = interchange.ReceiverQualifier,
                ReceiverId = interchange.ReceiverId,
                Date = interchange.Date.Length > 0 ? interchange.Date : null,
                Time = interchange.Time.Length > 0 ? interchange.Time : null,
                ControlNumber = interchange.ControlNumber.Length > 0 ? interchange.ControlNumber : null,
                UsageIndicator = interchange.UsageIndicator.Length > 0 ? interchange.UsageIndicator : "P",
            });
            foreach (X12GroupContent group in interchange.Groups)
            {
                writer.BeginGroup(new X12GroupHeader
                {
                    FunctionalIdentifier = group.FunctionalIdentifier,
                    SenderCode = group.SenderCode,
                    ReceiverCode = group.ReceiverCode,
                    Version = group.Version,
                    Date = group.Date?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
                    Time = group.Time,
                    ControlNumber = group.ControlNumber.Length > 0 ? group.ControlNumber : null,
                });
                foreach (X12Transaction transaction in group.Transactions)
                {
                    Write(writer, transaction);
                }

                writer.EndGroup();
            }

            writer.EndInterchange();
        }
    }
}
