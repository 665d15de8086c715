using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.X12.Tests.Transactions;

public class Claim837KnownValuesTests
{
    [Fact]
    public void Maps_the_cob_837p_claim_its_other_payer_and_line_adjudications()
    {
        var tx = CorpusFile.Single<ClaimTransaction837>(CorpusFile.Stupidedi + "X222A1 HC837 Health Care Claim Professional/pass/COB-claim-from-billing-provider-to-payer-b.edi");
        if (tx is null)
        {
            return;
        }

        Assert.Equal("P", tx.ClaimType);
        Assert.Equal("PREMIER BILLING SERVICE", tx.Submitter.Name.LastOrOrganizationName);
        ClaimSubscriber subscriber = tx.BillingProviders.Single().Subscribers.Single();
        Assert.Equal("S", subscriber.Information.PayerResponsibility);
        ClaimPatient patient = Assert.Single(subscriber.Patients);
        Assert.Equal("19", patient.Relationship);
        ClaimInformation claim = Assert.Single(patient.Claims);
        Assert.Equal("26407789", claim.PatientControlNumber);
        Assert.Equal(79.04m, claim.TotalCharge);
        Assert.Equal(("11", "B", "1"), (claim.FacilityCode, claim.FacilityCodeQualifier, claim.FrequencyCode));
        Assert.Equal(["BK:4779", "BF:2724", "BF:2780", "BF:53081"], claim.HealthCareCodes.Select(h => $"{h.Qualifier}:{h.Code}"));
        Assert.Equal(["82", "77"], claim.Providers.Select(p => p.Name.EntityIdentifier));

        ClaimOtherSubscriber other = Assert.Single(claim.OtherSubscribers);
        Assert.Equal("P", other.Information.PayerResponsibility);
        Assert.Equal(39.15m, other.Amounts.Single(a => a.Qualifier == "D").Amount);
        Assert.Equal("KEY INSURANCE COMPANY", other.Payer!.Name.LastOrOrganizationName);

        Assert.Equal(3, claim.ServiceLines.Count);
        ClaimServiceLine first = claim.ServiceLines[0];
        Assert.Equal("99213", first.Procedure!.Code);
        Assert.Equal(43.00m, first.Charge);
        Assert.Equal(1m, first.Units);
        Assert.Equal([1, 2, 3, 4], first.DiagnosisPointers);
        Assert.Equal(new DateOnly(2005, 10, 3), first.Dates.Single(d => d.Qualifier == "472").Date);
        ClaimLineAdjudication svd = Assert.Single(first.Adjudications);
        Assert.Equal(40.00m, svd.PaidAmount);
        Assert.Equal(new X12Adjustment { GroupCode = "CO", ReasonCode = "42", Amount = 3.00m }, Assert.Single(svd.Adjustments));
    }

    [Fact]
    public void Maps_the_837i_institutional_codes_revenue_lines_and_value_amounts()
    {
        var tx = CorpusFile.Single<ClaimTransaction837>(CorpusFile.Stupidedi + "X223A2 HC837 Health Care Claim Institutional/pass/837-institutional-claim.edi");
        if (tx is null)
        {
            return;
        }

        Assert.True(tx.IsInstitutional);
        ClaimInformation claim = tx.BillingProviders.Single().Subscribers.Single().Claims.Single();
        Assert.Equal("756048Q", claim.PatientControlNumber);
        Assert.Equal(("14", "A", "1"), (claim.FacilityCode, claim.FacilityCodeQualifier, claim.FrequencyCode));
        Assert.Equal("3", claim.Institutional!.AdmissionType);
        Assert.Equal("01", claim.Institutional.PatientStatus);
        X12DateValue statement = claim.Dates.Single(d => d.Qualifier == "434");
        // The file's statement period is RD8 with a single date (a defect in the sample: RD8 is CCYYMMDD-CCYYMMDD), so it
        // is not decoded as a range but kept exactly as sent.
        Assert.Equal("RD8", statement.Format);
        Assert.Null(statement.Date);
        Assert.Equal("19960911", statement.Text);
        Assert.Equal(15.31m, claim.HealthCareCodes.Single(h => h.Qualifier == "BE").Amount);
        Assert.Equal(4, claim.HealthCareCodes.Count(h => h.Qualifier == "BH"));
        Assert.Equal(["0305", "0730"], claim.ServiceLines.Select(l => l.RevenueCode));
        Assert.Equal(3m, claim.ServiceLines[1].Units);
        Assert.Equal("Y", claim.OtherSubscribers.Single().BenefitsAssignment);
    }

    [Fact]
    public void Keeps_prior_auth_original_claim_attachments_notes_and_unknown_segments()
    {
        string file = Remittance835KnownValuesTests.Envelope("837", "005010X222A1",
            "BHT*0019*00*B1*20241305*1200*CH",
            "NM1*41*2*BILLER*****46*S1", "NM1*40*2*PAYER*****46*R1",
            "HL*1**20*1", "NM1*85*2*CLINIC*****XX*1234567893", "N3*1 MAIN ST", "N4*TOWN*NY*10001", "REF*EI*123456789",
            "HL*2*1*22*0", "SBR*P*18*G1******CI", "NM1*IL*1*DOE*JANE****MI*M1", "DMG*D8*19800101*F", "NM1*PR*2*PAYER*****PI*P1",
            "CLM*C1*150***11:B:7*Y*A*Y*Y", "DTP*431*D8*20240101", "PWK*OZ*BM***AC*ATT123", "CN1*02*150", "REF*G1*AUTH99", "REF*F8*ICN-ORIG", "K3*LOCAL DATA", "NTE*ADD*SEE ATTACHED",
            "HI*ABK:J020*ABF:R509",
            "NM1*82*1*SMITH*ANN****XX*1999999984", "PRV*PE*PXC*207Q00000X",
            "LX*1", "SV1*HC:99213:25*150*UN*1*11**1:2********0", "DTP*472*D8*20240102", "REF*6R*LINE1");
        var tx = Assert.IsType<ClaimTransaction837>(Assert.Single(X12TransactionParser.Parse(System.Text.Encoding.ASCII.GetBytes(file)).Transactions));
        ClaimInformation claim = tx.BillingProviders[0].Subscribers[0].Claims.Single();
        // BHT04 with month 13 is not a date: kept as sent rather than dropped.
        Assert.Equal((null, "20241305"), (tx.Header.Date, tx.Header.DateText));
        Assert.Equal("7", claim.FrequencyCode);
        Assert.Equal("AUTH99", claim.References.Single(r => r.Qualifier == "G1").Value);
        Assert.Equal("ICN-ORIG", claim.References.Single(r => r.Qualifier == "F8").Value);
        Assert.Equal(new ClaimAttachment { ReportType = "OZ", TransmissionCode = "BM", IdentifierQualifier = "AC", ControlNumber = "ATT123" }, Assert.Single(claim.Attachments));
        Assert.Equal(new X12Note("ADD", "SEE ATTACHED"), Assert.Single(claim.Notes));
        Assert.Equal(["CN1*02*150", "K3*LOCAL DATA"], claim.Other.Select(s => s.ToString()));
        Assert.Equal("207Q00000X", claim.Providers.Single().Taxonomy!.Taxonomy);
        Assert.Equal("11", claim.ServiceLines[0].PlaceOfService);
        Assert.Equal("0", claim.ServiceLines[0].CopayStatus);
        Assert.Equal("LINE1", claim.ServiceLines[0].References.Single().Value);
        Assert.Equal("123456789", tx.BillingProviders[0].Provider.References.Single().Value);
    }
}
