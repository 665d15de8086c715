using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// Turns the typed 837P/837I of Rcm.X12 (<see cref="ClaimTransaction837"/>, read by
/// <see cref="X12TransactionParser"/>) into the payer's own view of each claim. Walks billing provider → subscriber
/// (claims where the subscriber is the patient) → patient (2000C dependents' claims).
/// </summary>
public static class ClaimTransactionReader
{
    public static IReadOnlyList<SubmittedClaim> Read(ClaimTransaction837 transaction)
    {
        var claims = new List<SubmittedClaim>();
        string submitter = transaction.Submitter.Name.Identifier ?? string.Empty;
        foreach (ClaimBillingProvider billing in transaction.BillingProviders)
        {
            foreach (ClaimSubscriber subscriber in billing.Subscribers)
            {
                var party = new SubmittedClaim
                {
                    ClaimId = string.Empty,
                    Institutional = transaction.IsInstitutional,
                    TransactionControl = transaction.ControlNumber,
                    SubmitterId = submitter,
                    BillingProviderName = billing.Provider.Name.LastOrOrganizationName ?? string.Empty,
                    BillingNpi = billing.Provider.Name.Identifier ?? string.Empty,
                    PayerName = subscriber.Payer.Name.LastOrOrganizationName ?? string.Empty,
                    PayerId = subscriber.Payer.Name.Identifier ?? string.Empty,
                    MemberId = subscriber.Subscriber.Name.Identifier ?? string.Empty,
                    SubscriberLastName = subscriber.Subscriber.Name.LastOrOrganizationName ?? string.Empty,
                    SubscriberFirstName = subscriber.Subscriber.Name.FirstName ?? string.Empty,
                    SubscriberBirthDate = subscriber.Subscriber.Demographics?.BirthDate,
                };
                claims.AddRange(subscriber.Claims.Select(c => Claim(party, c)));
                foreach (ClaimPatient patient in subscriber.Patients)
                {
                    SubmittedClaim forPatient = party with
                    {
                        PatientLastName = patient.Patient.Name.LastOrOrganizationName ?? string.Empty,
                        PatientFirstName = patient.Patient.Name.FirstName ?? string.Empty,
                        PatientBirthDate = patient.Patient.Demographics?.BirthDate,
                    };
                    claims.AddRange(patient.Claims.Select(c => Claim(forPatient, c)));
                }
            }
        }

        return claims;
    }

    private static SubmittedClaim Claim(SubmittedClaim party, ClaimInformation c)
    {
        // 837P DTP*472 (claim-level date of service) or 837I DTP*434 (statement dates) when a line has none.
        DateOnly? claimDate = c.Dates.FirstOrDefault(d => d.Qualifier is "472" or "434")?.Date;
        ClaimOtherSubscriber? other = c.OtherSubscribers.FirstOrDefault();
        return party with
        {
            ClaimId = c.PatientControlNumber,
            TotalCharge = c.TotalCharge,
            FacilityCode = c.FacilityCode ?? string.Empty,
            Frequency = string.IsNullOrEmpty(c.FrequencyCode) ? "1" : c.FrequencyCode,
            PriorAuthorization = c.References.FirstOrDefault(r => r.Qualifier == "G1")?.Value
                ?? c.ServiceLines.SelectMany(l => l.References).FirstOrDefault(r => r.Qualifier == "G1")?.Value,
            OriginalReference = c.References.FirstOrDefault(r => r.Qualifier == "F8")?.Value,
            AttachmentTransmissions = [.. c.Attachments.Select(a => a.TransmissionCode ?? string.Empty)],
            // Diagnoses: HI code lists ABK/ABF (ICD-10-CM), principal and other; institutional ABJ/APR too.
            Diagnoses = [.. c.HealthCareCodes.Where(h => h.Qualifier is "ABK" or "ABF" or "ABJ" or "APR").Select(h => h.Code)],
            HasOtherPayer = other is not null,
            OtherPayerPaid = other?.Amounts.FirstOrDefault(a => a.Qualifier == "D")?.Amount,
            Lines = [.. c.ServiceLines.Select(l => new SubmittedLine
            {
                Number = l.LineNumber,
                Procedure = l.Procedure?.Code ?? l.RevenueCode ?? string.Empty,
                Modifiers = [.. l.Procedure?.Modifiers.Where(m => m.Length > 0) ?? []],
                Charge = l.Charge,
                Units = l.Units ?? 1,
                ServiceDate = l.Dates.FirstOrDefault(d => d.Qualifier == "472")?.Date ?? claimDate ?? default,
                RevenueCode = l.RevenueCode,
                ControlNumber = l.References.FirstOrDefault(r => r.Qualifier == "6R")?.Value,
            })],
        };
    }
}
