using System.Globalization;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;
using X12Attachment = Rcm.X12.Transactions.Claims.ClaimAttachment;

namespace Rcm.Core.Claims.X12;

// Writing: business claims → one typed 837P or 837I transaction, ready for Claim837Writer. Claims of one billing provider
// share its 2000A loop; each claim gets its own 2000B (and 2000C when the patient is not the subscriber), which every payer
// accepts and keeps subscriber data exactly as the claim has it.
public static partial class Claim837Translator
{
    /// <param name="claims">Claims of one kind (all professional or all institutional).</param>
    /// <param name="submitter">Loop 1000A (NM1*41 with PER).</param>
    /// <param name="receiver">Loop 1000B (NM1*40).</param>
    /// <param name="batchId">BHT03: the originator's reference for this batch.</param>
    /// <param name="createdAt">BHT04/05: when the batch was made (from the caller's TimeProvider).</param>
    public static ClaimTransaction837 ToTransaction(IReadOnlyList<Claim> claims, X12Party submitter, X12Party receiver, string batchId, DateTimeOffset createdAt)
    {
        if (claims.Count == 0)
        {
            throw new ArgumentException("An 837 needs at least one claim.", nameof(claims));
        }

        var kind = claims[0].Kind;
        if (claims.Any(c => c.Kind != kind))
        {
            throw new ArgumentException("Professional and institutional claims go in separate 837 transactions.", nameof(claims));
        }

        var transaction = new ClaimTransaction837
        {
            ClaimType = kind == ClaimKind.Institutional ? "I" : "P",
            ImplementationReference = kind == ClaimKind.Institutional ? "005010X223A2" : "005010X222A1",
            // BHT: 0019 = information source, subscriber, dependent; 00 = original; CH = chargeable.
            Header = new X12BeginningOfTransaction
            {
                StructureCode = "0019",
                Purpose = "00",
                ReferenceId = batchId,
                Date = DateOnly.FromDateTime(createdAt.UtcDateTime),
                Time = createdAt.UtcDateTime.ToString("HHmm", CultureInfo.InvariantCulture),
                TransactionType = "CH",
            },
            Submitter = submitter,
            Receiver = receiver,
        };

        foreach (var group in claims.GroupBy(c => (c.BillingProvider.Npi, c.BillingProvider.TaxId)))
        {
            var billing = group.First().BillingProvider;
            var billingLoop = new ClaimBillingProvider
            {
                Specialty = billing.TaxonomyCode is { } taxonomy ? new X12ProviderTaxonomy("BI", "PXC", taxonomy) : null,
                Provider = ProviderParty("85", billing),
            };
            foreach (var claim in group)
            {
                billingLoop.Subscribers.Add(SubscriberLoop(claim));
            }

            transaction.BillingProviders.Add(billingLoop);
        }

        return transaction;
    }

    private static ClaimSubscriber SubscriberLoop(Claim claim)
    {
        bool self = claim.Patient is null;
        var loop = new ClaimSubscriber
        {
            // SBR: P = primary; SBR02 = 18 only when the subscriber is the patient; CI = commercial insurance.
            Information = new X12SubscriberInformation { PayerResponsibility = "P", Relationship = self ? "18" : null, ClaimFilingIndicator = "CI" },
            Subscriber = PersonParty("IL", claim.Subscriber, memberId: claim.Subscriber.MemberId, demographics: self),
            Payer = new X12Party { Name = new X12Name { EntityIdentifier = "PR", EntityType = "2", LastOrOrganizationName = claim.PayerName, IdentifierQualifier = "PI", Identifier = claim.PayerId } },
        };
        var info = ClaimLoop(claim);
        if (self)
        {
            loop.Claims.Add(info);
        }
        else
        {
            var patient = new ClaimPatient { Relationship = claim.PatientRelationshipCode, Patient = PersonParty("QC", claim.Patient!, memberId: null, demographics: true) };
            patient.Claims.Add(info);
            loop.Patients.Add(patient);
        }

        return loop;
    }

    private static ClaimInformation ClaimLoop(Claim claim)
    {
        bool institutional = claim.Kind == ClaimKind.Institutional;
        var info = new ClaimInformation
        {
            PatientControlNumber = claim.ClaimId,
            TotalCharge = claim.TotalCharge,
            FacilityCode = institutional ? claim.FacilityTypeCode : claim.PlaceOfService,
            FacilityCodeQualifier = institutional ? "A" : "B",
            FrequencyCode = claim.FrequencyCode,
            ProviderSignature = institutional ? null : "Y",
            AssignmentParticipation = "A",
            BenefitsAssignment = "Y",
            ReleaseOfInformation = "Y",
        };
        if (institutional)
        {
            info.Dates.Add(new X12DateValue { Qualifier = "434", Format = "RD8", Date = claim.StatementFrom, EndDate = claim.StatementTo });
            info.Institutional = new ClaimInstitutionalInformation { AdmissionType = "9", AdmissionSource = "9", PatientStatus = "01" };
        }

        foreach (var attachment in claim.Attachments)
        {
            info.Attachments.Add(new X12Attachment
            {
                ReportType = attachment.ReportTypeCode,
                TransmissionCode = attachment.TransmissionCode,
                IdentifierQualifier = attachment.ControlNumber is null ? null : "AC",
                ControlNumber = attachment.ControlNumber,
            });
        }

        AddReference(info.References, "F8", claim.OriginalClaimNumber);
        AddReference(info.References, "9F", claim.ReferralNumber);
        AddReference(info.References, "G1", claim.PriorAuthorization);
        foreach (var diagnosis in claim.Diagnoses)
        {
            info.HealthCareCodes.Add(new X12HealthCareCode
            {
                Qualifier = diagnosis.Role switch
                {
                    DiagnosisRole.Principal => "ABK",
                    DiagnosisRole.Admitting => "ABJ",
                    DiagnosisRole.PatientReason => "APR",
                    _ => "ABF",
                },
                Code = diagnosis.Code,
                PresentOnAdmission = diagnosis.PresentOnAdmission,
            });
        }

        AddProvider(info.Providers, "DN", claim.ReferringProvider);
        AddProvider(info.Providers, institutional ? "71" : "82", institutional ? claim.AttendingProvider : claim.RenderingProvider);
        AddProvider(info.Providers, "77", claim.ServiceFacility);
        foreach (var line in claim.Lines)
        {
            info.ServiceLines.Add(LineLoop(line));
        }

        return info;
    }

    private static ClaimServiceLine LineLoop(ServiceLine line)
    {
        var target = new ClaimServiceLine
        {
            LineNumber = line.Number,
            RevenueCode = line.RevenueCode,
            Procedure = line.ProcedureCode.Length == 0 ? null : new X12Procedure { Qualifier = "HC", Code = line.ProcedureCode, Modifiers = [.. line.Modifiers] },
            Charge = line.Charge,
            UnitBasis = line.UnitsAreMinutes ? "MJ" : "UN",
            Units = line.Units,
            PlaceOfService = line.PlaceOfService,
            DiagnosisPointers = [.. line.DiagnosisPointers],
        };
        target.Dates.Add(line.ServiceDateEnd is { } end && end != line.ServiceDate
            ? new X12DateValue { Qualifier = "472", Format = "RD8", Date = line.ServiceDate, EndDate = end }
            : new X12DateValue { Qualifier = "472", Format = "D8", Date = line.ServiceDate });
        AddReference(target.References, "G1", line.PriorAuthorization);
        foreach (var attachment in line.Attachments)
        {
            target.Other.Add(new X12RawSegment("PWK", [[attachment.ReportTypeCode], [attachment.TransmissionCode], [], [], [attachment.ControlNumber is null ? "" : "AC"], [attachment.ControlNumber ?? ""]]));
        }

        AddProvider(target.Providers, "82", line.RenderingProvider);
        return target;
    }

    private static void AddProvider(List<X12Party> providers, string entity, ClaimProvider? provider)
    {
        if (provider is not null)
        {
            var party = ProviderParty(entity, provider);
            if (entity is "82" or "71" && provider.TaxonomyCode is { } taxonomy)
            {
                // X222A1 2310B / X223A2 2310A PRV: PE performing (rendering) or AT attending, PXC taxonomy.
                party.Taxonomy = new X12ProviderTaxonomy(entity == "82" ? "PE" : "AT", "PXC", taxonomy);
            }

            providers.Add(party);
        }
    }

    private static X12Party ProviderParty(string entity, ClaimProvider provider)
    {
        var party = new X12Party
        {
            Name = new X12Name
            {
                EntityIdentifier = entity,
                EntityType = provider.IsOrganization ? "2" : "1",
                LastOrOrganizationName = provider.Name,
                FirstName = provider.FirstName,
                IdentifierQualifier = provider.Npi is null ? null : "XX",
                Identifier = provider.Npi,
            },
            Address = X12AddressOf(provider.Address),
        };
        if (entity == "85" && provider.TaxId is { } taxId)
        {
            party.References.Add(new X12Reference { Qualifier = "EI", Value = taxId });
        }

        return party;
    }

    private static X12Party PersonParty(string entity, ClaimPerson person, string? memberId, bool demographics) => new()
    {
        Name = new X12Name
        {
            EntityIdentifier = entity,
            EntityType = "1",
            LastOrOrganizationName = person.LastName,
            FirstName = person.FirstName,
            IdentifierQualifier = memberId is null ? null : "MI",
            Identifier = memberId,
        },
        Address = X12AddressOf(person.Address),
        Demographics = demographics
            ? new X12Demographics { BirthDate = person.BirthDate, Gender = person.Sex switch { AdministrativeSex.Female => "F", AdministrativeSex.Male => "M", _ => "U" } }
            : null,
    };

    private static X12Address? X12AddressOf(PostalAddress? address) => address is null
        ? null
        : new X12Address { Line1 = address.Line1, Line2 = address.Line2, City = address.City, State = address.State, PostalCode = address.PostalCode };

    private static void AddReference(List<X12Reference> references, string qualifier, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            references.Add(new X12Reference { Qualifier = qualifier, Value = value });
        }
    }
}
