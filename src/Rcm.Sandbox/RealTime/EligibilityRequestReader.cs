using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Reads the questions out of a typed 270 (Rcm.X12's <see cref="EligibilityInquiry270"/>): information source
/// (payer) → receiver (provider) → subscriber → dependents. A subscriber without dependents is one question; with
/// dependents, each dependent is one question asked under the subscriber's id.
/// </summary>
public static class EligibilityRequestReader
{
    public static IReadOnlyList<EligibilityRequest> Read(EligibilityInquiry270 transaction)
    {
        var requests = new List<EligibilityRequest>();
        foreach (EligibilitySource source in transaction.Sources)
        {
            foreach (EligibilityReceiver receiver in source.Receivers)
            {
                foreach (EligibilityMember subscriber in receiver.Subscribers)
                {
                    X12TraceNumber? trace = subscriber.TraceNumbers.FirstOrDefault();
                    var asked = new EligibilityRequest
                    {
                        PayerId = source.Source.Name.Identifier ?? string.Empty,
                        PayerName = source.Source.Name.LastOrOrganizationName ?? string.Empty,
                        ProviderName = receiver.Receiver.Name.LastOrOrganizationName ?? string.Empty,
                        ProviderIdQualifier = receiver.Receiver.Name.IdentifierQualifier ?? "XX",
                        ProviderId = receiver.Receiver.Name.Identifier ?? string.Empty,
                        MemberId = subscriber.Member.Name.Identifier ?? string.Empty,
                        SubscriberLastName = subscriber.Member.Name.LastOrOrganizationName ?? string.Empty,
                        SubscriberFirstName = subscriber.Member.Name.FirstName ?? string.Empty,
                        SubscriberBirthDate = subscriber.Member.Demographics?.BirthDate,
                        TraceNumber = trace?.ReferenceId ?? string.Empty,
                        TraceOriginator = trace?.OriginatorId ?? string.Empty,
                        ServiceDate = EligibilityDate(subscriber),
                        ServiceTypes = ServiceTypes(subscriber),
                    };
                    if (subscriber.Dependents.Count == 0)
                    {
                        requests.Add(asked);
                        continue;
                    }

                    foreach (EligibilityMember dependent in subscriber.Dependents)
                    {
                        X12TraceNumber? dependentTrace = dependent.TraceNumbers.FirstOrDefault() ?? trace;
                        requests.Add(asked with
                        {
                            DependentLastName = dependent.Member.Name.LastOrOrganizationName,
                            DependentFirstName = dependent.Member.Name.FirstName,
                            DependentBirthDate = dependent.Member.Demographics?.BirthDate,
                            TraceNumber = dependentTrace?.ReferenceId ?? string.Empty,
                            TraceOriginator = dependentTrace?.OriginatorId ?? string.Empty,
                            ServiceDate = EligibilityDate(dependent) ?? asked.ServiceDate,
                            ServiceTypes = dependent.Inquiries.Count > 0 ? ServiceTypes(dependent) : asked.ServiceTypes,
                        });
                    }
                }
            }
        }

        return requests;
    }

    // X279A1 DTP*291 (plan eligibility date): in 2100C/D, or in a 2110C/D inquiry.
    private static DateOnly? EligibilityDate(EligibilityMember member) =>
        member.Member.Dates.FirstOrDefault(d => d.Qualifier == "291")?.Date
        ?? member.Inquiries.SelectMany(i => i.Dates).FirstOrDefault(d => d.Qualifier == "291")?.Date;

    private static IReadOnlyList<string> ServiceTypes(EligibilityMember member)
    {
        List<string> types = [.. member.Inquiries.SelectMany(i => i.ServiceTypes)];
        return types.Count == 0 ? ["30"] : types;
    }
}
