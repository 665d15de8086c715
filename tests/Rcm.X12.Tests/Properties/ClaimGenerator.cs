using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.X12.Tests.Properties;

/// <summary>Random 837P or 837I transactions: billing providers, subscribers, patients, claims with COB and lines.</summary>
public static class ClaimGenerator
{
    public static ClaimTransaction837 Create(int seed, bool institutional)
    {
        var r = new RandomX12Values(seed);
        return new ClaimTransaction837
        {
            ClaimType = institutional ? "I" : "P",
            ControlNumber = r.Digits(4),
            ImplementationReference = institutional ? "005010X223A2" : "005010X222A1",
            Header = new X12BeginningOfTransaction { StructureCode = "0019", Purpose = "00", ReferenceId = r.Id(), Date = r.Date(), Time = "1200", TransactionType = "CH" },
            Submitter = new X12Party
            {
                Name = r.Organization("41", "46"),
                Contacts = [new X12Contact { Function = "IC", Name = r.Word(), Communications = [new X12Communication("TE", r.Digits(10))] }],
            },
            Receiver = new X12Party { Name = r.Organization("40", "46") },
            BillingProviders = r.Several(1, 2, _ => new ClaimBillingProvider
            {
                Specialty = r.Chance(50) ? new X12ProviderTaxonomy("BI", "PXC", "207Q00000X") : null,
                Provider = new X12Party { Name = r.Organization("85", "XX"), Address = r.Address(), References = [r.Reference("EI")] },
                PayTo = r.Chance(30) ? [new X12Party { Name = new X12Name { EntityIdentifier = "87", EntityType = "2" }, Address = r.Address() }] : [],
                Subscribers = r.Several(1, 3, _ => Subscriber(r, institutional)),
            }),
        };
    }

    private static ClaimSubscriber Subscriber(RandomX12Values r, bool institutional)
    {
        bool self = r.Chance(60);
        return new ClaimSubscriber
        {
            Information = new X12SubscriberInformation { PayerResponsibility = r.Pick("P", "S"), Relationship = self ? "18" : null, GroupNumber = r.Maybe(r.Id(8)), ClaimFilingIndicator = r.Pick("CI", "MB", "MC", "BL") },
            Subscriber = new X12Party { Name = r.Person("IL"), Address = r.Address(), Demographics = self ? r.Demographics() : null },
            Payer = new X12Party { Name = r.Organization("PR", "PI") },
            Claims = self ? r.Several(1, 3, _ => Claim(r, institutional)) : [],
            Patients = self ? [] : r.Several(1, 2, _ => new ClaimPatient
            {
                Relationship = r.Pick("01", "19", "G8"),
                Patient = new X12Party { Name = r.Person("QC") with { IdentifierQualifier = null, Identifier = null }, Address = r.Address(), Demographics = r.Demographics() },
                Claims = r.Several(1, 2, _ => Claim(r, institutional)),
            }),
        };
    }

    private static ClaimInformation Claim(RandomX12Values r, bool institutional)
    {
        List<ClaimServiceLine> lines = r.Several(1, 6, i => Line(r, i + 1, institutional));
        var claim = new ClaimInformation
        {
            PatientControlNumber = r.Id(Between(r, 5, 20)),
            TotalCharge = lines.Sum(l => l.Charge),
            FacilityCode = institutional ? r.Pick("11", "13", "14") : r.Pick("11", "02", "22"),
            FacilityCodeQualifier = institutional ? "A" : "B",
            FrequencyCode = r.Pick("1", "7", "8"),
            ProviderSignature = institutional ? null : "Y",
            AssignmentParticipation = "A",
            BenefitsAssignment = "Y",
            ReleaseOfInformation = r.Pick("Y", "I"),
            RelatedCauses = !institutional && r.Chance(15) ? ["AA"] : [],
            DelayReason = r.Maybe("1", 10),
            Dates = institutional ? [r.Range("434")] : r.Chance(50) ? [r.D8("431")] : [],
            Institutional = institutional ? new ClaimInstitutionalInformation { AdmissionType = "3", AdmissionSource = r.Maybe("1"), PatientStatus = "01" } : null,
            Attachments = r.Chance(20) ? [new ClaimAttachment { ReportType = "OZ", TransmissionCode = "BM", IdentifierQualifier = "AC", ControlNumber = r.Id(8) }] : [],
            Amounts = !institutional && r.Chance(20) ? [new X12Amount("F5", r.Money(100))] : [],
            References = [.. r.Chance(40) ? new[] { r.Reference("G1") } : []],
            Notes = r.Chance(20) ? [new X12Note("ADD", r.Phrase())] : [],
            HealthCareCodes = Codes(r, institutional),
            Providers = r.Chance(60) ? [new X12Party { Name = r.Person(institutional ? "71" : "82") with { IdentifierQualifier = "XX", Identifier = r.Digits(10) }, Taxonomy = institutional ? null : new X12ProviderTaxonomy("PE", "PXC", "207Q00000X") }] : [],
            OtherSubscribers = r.Chance(30) ? [OtherSubscriber(r)] : [],
            ServiceLines = lines,
            Other = r.Chance(20) ? [new X12RawSegment("K3", [[r.Word()]])] : [],
        };
        if (claim.RelatedCauses.Count > 0)
        {
            claim.AccidentState = "NY";
        }

        if (claim.FrequencyCode is "7" or "8")
        {
            // X222A1/X223A2 2300: a replacement or void names the payer's claim control number of the original.
            claim.References.Add(r.Reference("F8"));
        }

        return claim;
    }

    private static List<X12HealthCareCode> Codes(RandomX12Values r, bool institutional)
    {
        // In the order the guides give: principal, (837I: admitting), other diagnoses (837P: at most 11, one HI), values.
        var codes = new List<X12HealthCareCode> { new() { Qualifier = "ABK", Code = r.Pick("J020", "R509", "E119", "I10") } };
        if (institutional)
        {
            codes.Add(new X12HealthCareCode { Qualifier = "ABJ", Code = "R079" });
        }

        codes.AddRange(r.Several(0, institutional ? 14 : 11, _ => new X12HealthCareCode { Qualifier = "ABF", Code = r.Pick("Z0000", "M545", "E785", "K219"), PresentOnAdmission = institutional ? r.Maybe("Y") : null }));
        if (institutional)
        {
            codes.Add(new X12HealthCareCode { Qualifier = "BE", Code = "A2", Amount = r.Money(100) });
        }

        return codes;
    }

    private static ClaimOtherSubscriber OtherSubscriber(RandomX12Values r) => new()
    {
        Information = new X12SubscriberInformation { PayerResponsibility = "P", Relationship = "18", ClaimFilingIndicator = "CI" },
        Adjustments = r.Adjustments(8),
        Amounts = [new X12Amount("D", r.Money(300))],
        BenefitsAssignment = "Y",
        ReleaseOfInformation = "Y",
        Subscriber = new X12Party { Name = r.Person("IL") },
        Payer = new X12Party { Name = r.Organization("PR", "PI"), Dates = [r.D8("573")], References = r.Chance(30) ? [r.Reference("F8")] : [] },
    };

    private static ClaimServiceLine Line(RandomX12Values r, int number, bool institutional) => new()
    {
        LineNumber = number,
        RevenueCode = institutional ? r.Pick("0305", "0730", "0450") : null,
        Procedure = r.Procedure(),
        Charge = r.Money(900),
        UnitBasis = "UN",
        Units = r.Between(1, 4),
        PlaceOfService = institutional ? null : r.Maybe("11", 20),
        DiagnosisPointers = institutional ? [] : r.Several(1, 4, i => i + 1),
        Dates = [r.D8("472")],
        References = r.Chance(50) ? [r.Reference("6R")] : [],
        Adjudications = r.Chance(20) ? [new ClaimLineAdjudication { OtherPayerId = r.Digits(5), PaidAmount = r.Money(200), Procedure = r.Procedure(), RevenueCode = institutional ? "0305" : null, Units = 1, Adjustments = r.Adjustments(3), Dates = [r.D8("573")] }] : [],
    };

    private static int Between(RandomX12Values r, int min, int max) => r.Between(min, max);
}
