using Rcm.Sandbox.Edi;

namespace Rcm.Sandbox.RealTime;

/// <summary>
/// Reads the questions out of a 270 (005010X279A1) by walking its HL levels: 20 information source (payer), 21
/// receiver (provider), 22 subscriber, 23 dependent. Each subscriber or dependent leaf is one question.
/// </summary>
public static class EligibilityRequestReader
{
    public static IReadOnlyList<EligibilityRequest> Read(EdiTransaction transaction)
    {
        var requests = new List<EligibilityRequest>();
        EligibilityRequest? current = null;
        string level = string.Empty;
        string payerId = string.Empty, payerName = string.Empty, providerName = string.Empty, providerQualifier = "XX", providerId = string.Empty;
        EligibilityRequest? subscriber = null;

        void Flush()
        {
            if (current is not null)
            {
                requests.Add(current);
            }

            current = null;
        }

        foreach (EdiSegment s in transaction.Body)
        {
            switch (s.Id)
            {
                case "HL":
                    level = s[3];
                    if (level == "22")
                    {
                        Flush();
                        current = subscriber = new EligibilityRequest { PayerId = payerId, PayerName = payerName, ProviderName = providerName, ProviderIdQualifier = providerQualifier, ProviderId = providerId };
                        if (s[4] == "1")
                        {
                            // The subscriber only carries the dependents below; the question is asked per dependent.
                            current = null;
                        }
                    }
                    else if (level == "23" && subscriber is not null)
                    {
                        Flush();
                        current = subscriber;
                    }

                    break;
                case "NM1" when s[1] == "PR":
                    payerName = s[3];
                    payerId = s[9];
                    break;
                case "NM1" when s[1] == "1P":
                    providerName = s[3];
                    providerQualifier = s[8];
                    providerId = s[9];
                    break;
                case "NM1" when s[1] == "IL":
                    subscriber = (current ?? subscriber ?? new EligibilityRequest()) with
                    {
                        PayerId = payerId, PayerName = payerName, ProviderName = providerName, ProviderIdQualifier = providerQualifier, ProviderId = providerId,
                        SubscriberLastName = s[3], SubscriberFirstName = s[4], MemberId = s[9],
                    };
                    if (current is not null)
                    {
                        current = subscriber;
                    }

                    break;
                case "NM1" when s[1] == "03" && current is not null:
                    current = current with { DependentLastName = s[3], DependentFirstName = s[4] };
                    break;
                case "DMG":
                    DateOnly? birth = EdiFormat.ParseDate(s[2]);
                    if (level == "23" && current is not null)
                    {
                        current = current with { DependentBirthDate = birth };
                    }
                    else if (subscriber is not null)
                    {
                        subscriber = (current ?? subscriber) with { SubscriberBirthDate = birth };
                        if (current is not null)
                        {
                            current = subscriber;
                        }
                    }

                    break;
                case "TRN":
                    if (current is not null)
                    {
                        current = current with { TraceNumber = s[2], TraceOriginator = s[3] };
                    }
                    else if (subscriber is not null)
                    {
                        subscriber = subscriber with { TraceNumber = s[2], TraceOriginator = s[3] };
                    }

                    break;
                case "DTP" when s[1] == "291":
                    DateOnly? date = EdiFormat.ParseRange(s[3])?.From;
                    if (current is not null)
                    {
                        current = current with { ServiceDate = date };
                    }
                    else if (subscriber is not null)
                    {
                        subscriber = subscriber with { ServiceDate = date };
                    }

                    break;
                case "EQ" when current is not null:
                    current = current with { ServiceTypes = s.Components(1) };
                    break;
            }
        }

        Flush();
        return requests;
    }
}
