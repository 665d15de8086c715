using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using BusinessAttachment = Rcm.Core.Claims.ClaimAttachment;

namespace Rcm.Core.Claims.X12;

/// <summary>
/// The one translation between Rcm.X12's typed 837 records (X12 vocabulary: loops, qualifiers) and the business
/// <see cref="Claim"/>. Reading: every 2300 claim of a transaction becomes a Claim with its billing provider, subscriber,
/// patient and payer from the enclosing loops. Writing (<see cref="ToTransaction"/>): business claims to one typed
/// transaction. Split by direction: Claim837Translator.Reading.cs and Claim837Translator.Writing.cs.
/// </summary>
public static partial class Claim837Translator
{
    /// <summary>Every claim of the transaction, in file order, with where it came from.</summary>
    public static IEnumerable<TranslatedClaim> ToClaims(ClaimTransaction837 transaction)
    {
        var kind = transaction.IsInstitutional ? ClaimKind.Institutional : ClaimKind.Professional;
        foreach (var billing in transaction.BillingProviders)
        {
            var billingProvider = Provider(billing.Provider, billing.Specialty?.Taxonomy);
            foreach (var subscriber in billing.Subscribers)
            {
                foreach (var info in subscriber.Claims)
                {
                    yield return new TranslatedClaim(ToClaim(kind, billingProvider, subscriber, null, info), info, subscriber, null);
                }

                foreach (var patient in subscriber.Patients)
                {
                    foreach (var info in patient.Claims)
                    {
                        yield return new TranslatedClaim(ToClaim(kind, billingProvider, subscriber, patient, info), info, subscriber, patient);
                    }
                }
            }
        }
    }

    private static Claim ToClaim(ClaimKind kind, ClaimProvider billing, ClaimSubscriber subscriber, ClaimPatient? patient, ClaimInformation info)
    {
        var claim = new Claim
        {
            ClaimId = info.PatientControlNumber,
            Kind = kind,
            PayerId = subscriber.Payer.Name.Identifier ?? "",
            PayerName = subscriber.Payer.Name.LastOrOrganizationName ?? "",
            FrequencyCode = info.FrequencyCode ?? "",
            TotalCharge = info.TotalCharge,
            BillingProvider = billing,
            Subscriber = Person(subscriber.Subscriber),
            Patient = patient is null ? null : Person(patient.Patient),
            PatientRelationshipCode = patient?.Relationship ?? subscriber.Information.Relationship ?? "18",
            OriginalClaimNumber = Reference(info.References, "F8"),
            PriorAuthorization = Reference(info.References, "G1"),
            ReferralNumber = Reference(info.References, "9F"),
        };
        foreach (var pwk in info.Attachments)
        {
            claim.Attachments.Add(Attachment(pwk));
        }

        if (kind == ClaimKind.Professional)
        {
            claim.PlaceOfService = info.FacilityCode;
        }
        else
        {
            claim.FacilityTypeCode = info.FacilityCode;
            if (Date(info.Dates, "434") is { } statement)
            {
                // X223A2 2300 DTP*434: statement dates, RD8 from-through (a single D8 date is one day).
                claim.StatementFrom = statement.Date;
                claim.StatementTo = statement.EndDate ?? statement.Date;
            }
        }

        foreach (var code in info.HealthCareCodes)
        {
            if (DiagnosisRoleOf(code.Qualifier) is { } role)
            {
                claim.Diagnoses.Add(new Diagnosis(code.Code, role, code.PresentOnAdmission));
            }
        }

        foreach (var party in info.Providers)
        {
            var provider = Provider(party, party.Taxonomy?.Taxonomy, withTaxId: false);
            switch (party.Name.EntityIdentifier)
            {
                case "82": claim.RenderingProvider = provider; break;
                case "DN" or "P3": claim.ReferringProvider = provider; break;
                case "77": claim.ServiceFacility = provider; break;
                case "71": claim.AttendingProvider = provider; break;
            }
        }

        foreach (var line in info.ServiceLines)
        {
            claim.Lines.Add(ToLine(line, claim));
        }

        return claim;
    }

    private static ServiceLine ToLine(ClaimServiceLine source, Claim claim)
    {
        var serviceDate = Date(source.Dates, "472");
        var line = new ServiceLine
        {
            Number = source.LineNumber,
            ProcedureCode = source.Procedure?.Code ?? "",
            Modifiers = source.Procedure is { } procedure ? Modifiers(procedure.Modifiers) : [],
            Charge = source.Charge,
            Units = source.Units ?? 0,
            UnitsAreMinutes = source.UnitBasis == "MJ",
            PlaceOfService = source.PlaceOfService,
            // Shared with the typed record, not copied: the business claim replaces pointers, it never edits them in place.
            DiagnosisPointers = source.DiagnosisPointers,
            RevenueCode = source.RevenueCode,
            // X223A2: the 2400 service date is situational; without it the line falls in the statement period.
            ServiceDate = serviceDate?.Date ?? claim.StatementFrom ?? default,
            ServiceDateEnd = serviceDate?.EndDate,
            PriorAuthorization = Reference(source.References, "G1"),
            Ndc = source.Drug?.ProductId,
        };
        List<BusinessAttachment>? attachments = null;
        foreach (var segment in source.Other)
        {
            if (segment.Id == "PWK")
            {
                (attachments ??= []).Add(RawAttachment(segment));
            }
        }

        if (attachments is not null)
        {
            line.Attachments = attachments;
        }

        foreach (var party in source.Providers)
        {
            if (party.Name.EntityIdentifier == "82")
            {
                line.RenderingProvider = Provider(party, party.Taxonomy?.Taxonomy, withTaxId: false);
                break;
            }
        }

        return line;
    }

    private static string[] Modifiers(List<string> modifiers)
    {
        int count = 0;
        foreach (var modifier in modifiers)
        {
            count += modifier.Length > 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new string[count];
        int i = 0;
        foreach (var modifier in modifiers)
        {
            if (modifier.Length > 0)
            {
                result[i++] = modifier;
            }
        }

        return result;
    }

    private static X12DateValue? Date(List<X12DateValue> dates, string qualifier)
    {
        foreach (var date in dates)
        {
            if (date.Qualifier == qualifier)
            {
                return date;
            }
        }

        return null;
    }

    private static DiagnosisRole? DiagnosisRoleOf(string qualifier) => qualifier switch
    {
        "ABK" or "BK" => DiagnosisRole.Principal,
        "ABF" or "BF" => DiagnosisRole.Other,
        "ABJ" or "BJ" => DiagnosisRole.Admitting,
        "APR" or "PR" => DiagnosisRole.PatientReason,
        _ => null,
    };

    private static ClaimProvider Provider(X12Party party, string? taxonomy, bool withTaxId = true) => new()
    {
        Name = party.Name.LastOrOrganizationName ?? "",
        FirstName = party.Name.FirstName,
        IsOrganization = party.Name.EntityType == "2",
        Npi = party.Name.IdentifierQualifier == "XX" ? party.Name.Identifier : null,
        TaxonomyCode = taxonomy,
        TaxId = withTaxId ? Reference(party.References, "EI") ?? Reference(party.References, "SY") : null,
        Address = Address(party.Address),
        Credential = ProviderCredentials.FromTaxonomy(taxonomy),
    };

    private static ClaimPerson Person(X12Party party) => new()
    {
        LastName = party.Name.LastOrOrganizationName ?? "",
        FirstName = party.Name.FirstName,
        MemberId = party.Name.Identifier,
        BirthDate = party.Demographics?.BirthDate,
        Sex = party.Demographics?.Gender switch
        {
            "F" => AdministrativeSex.Female,
            "M" => AdministrativeSex.Male,
            _ => AdministrativeSex.Unknown,
        },
        Address = Address(party.Address),
    };

    private static PostalAddress? Address(X12Address? address) => address is null
        ? null
        : new PostalAddress(address.Line1 ?? "", address.Line2, address.City ?? "", address.State ?? "", address.PostalCode ?? "");

    private static BusinessAttachment Attachment(Rcm.X12.Transactions.Claims.ClaimAttachment pwk) =>
        new(pwk.ReportType, pwk.TransmissionCode ?? "", pwk.ControlNumber);

    private static BusinessAttachment RawAttachment(X12RawSegment pwk)
    {
        // PWK01 report type, PWK02 transmission code, PWK06 attachment control number.
        string Element(int position) => pwk.Elements.Count >= position && pwk.Elements[position - 1].Count > 0 ? pwk.Elements[position - 1][0] : "";
        var control = Element(6);
        return new BusinessAttachment(Element(1), Element(2), control.Length > 0 ? control : null);
    }

    private static string? Reference(List<X12Reference> references, string qualifier)
    {
        foreach (var reference in references)
        {
            if (reference.Qualifier == qualifier)
            {
                return reference.Value;
            }
        }

        return null;
    }
}
