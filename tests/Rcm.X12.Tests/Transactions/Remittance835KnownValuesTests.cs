using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Remittance;

namespace Rcm.X12.Tests.Transactions;

public class Remittance835KnownValuesTests
{
    [Fact]
    public void Maps_payment_claims_adjustments_and_lines_of_the_managed_care_835()
    {
        var tx = CorpusFile.Single<RemittanceTransaction835>(CorpusFile.LinuxForHealth + "835_005010X221A1/managed-care.835");
        if (tx is null)
        {
            return;
        }

        Assert.Equal(945.00m, tx.Payment.TotalPayment);
        Assert.Equal("ACH", tx.Payment.PaymentMethod);
        Assert.Equal("144444", tx.Payment.ReceiverAccount);
        // BPR16 in this file is 20002316 (month 23): not a date, so it is kept as sent rather than dropped.
        Assert.Null(tx.Payment.PaymentDate);
        Assert.Equal("20002316", tx.Payment.PaymentDateText);
        Assert.Equal("7170066655", tx.Trace!.ReferenceId);
        Assert.Equal("RUSHMORE LIFE", tx.Payer.Name.LastOrOrganizationName);
        Assert.Equal("TJ", Assert.Single(tx.Payee.References).Qualifier);

        RemittanceClaim[] claims = [.. tx.ClaimGroups.SelectMany(g => g.Claims)];
        Assert.Equal(2, claims.Length);
        RemittanceClaim first = claims[0];
        Assert.Equal("5554555444", first.PatientControlNumber);
        Assert.Equal("1", first.Status);
        Assert.Equal(800.00m, first.TotalCharge);
        Assert.Equal(450.00m, first.PaidAmount);
        Assert.Equal(300.00m, first.PatientResponsibility);
        Assert.Equal("94060555410000", first.PayerClaimControlNumber);
        Assert.Equal(new X12Adjustment { GroupCode = "CO", ReasonCode = "A2", Amount = 50.00m }, Assert.Single(first.Adjustments));
        RemittanceServiceLine line = Assert.Single(first.ServiceLines);
        Assert.Equal("99211", line.Procedure!.Code);
        Assert.Equal(500.00m, line.PaidAmount);
        Assert.Equal(new DateOnly(2002, 3, 1), line.Dates.Single(d => d.Qualifier == "150").Date);

        RemittanceServiceLine second = Assert.Single(claims[1].ServiceLines);
        Assert.Equal(["PR-1 600.00", "CO-45 50.00"], second.Adjustments.Select(a => $"{a.GroupCode}-{a.ReasonCode} {a.Amount:0.00}"));
    }

    [Fact]
    public void Keeps_up_to_six_triplets_of_one_cas_with_quantities()
    {
        string file = Envelope("835", "005010X221A1",
            "BPR*I*0*C*NON************20240105",
            "TRN*1*T1*1999999999",
            "N1*PR*PAYER",
            "N1*PE*CLINIC*XX*1234567893",
            "LX*1",
            "CLP*A1*4*100*0**12*ICN1",
            "CAS*CO*45*10*1*97*20**16*30*2*18*5**22*15**23*20*3",
            "SVC*HC:99213:25:59*100*0**1",
            "LQ*HE*N130",
            "PLB*1234567893*20241231*WO:REF1*-12.5*L6*1.25");
        var tx = Assert.IsType<RemittanceTransaction835>(Assert.Single(X12TransactionParser.Parse(System.Text.Encoding.ASCII.GetBytes(file)).Transactions));
        RemittanceClaim claim = tx.ClaimGroups[0].Claims[0];
        Assert.Equal(6, claim.Adjustments.Count);
        Assert.Equal(["45", "97", "16", "18", "22", "23"], claim.Adjustments.Select(a => a.ReasonCode));
        Assert.Equal([1m, null, 2m, null, null, 3m], claim.Adjustments.Select(a => a.Quantity));
        Assert.All(claim.Adjustments, a => Assert.Equal("CO", a.GroupCode));
        Assert.Equal(new DateOnly(2024, 1, 5), tx.Payment.PaymentDate);
        Assert.Equal(["25", "59"], claim.ServiceLines[0].Procedure!.Modifiers);
        Assert.Equal(new RemittanceRemark("HE", "N130"), Assert.Single(claim.ServiceLines[0].Remarks));
        ProviderAdjustment plb = Assert.Single(tx.ProviderAdjustments);
        Assert.Equal([new ProviderAdjustmentItem("WO", "REF1", -12.5m), new ProviderAdjustmentItem("L6", null, 1.25m)], plb.Adjustments);
    }

    internal static string Envelope(string setId, string version, params string[] segments)
    {
        string functional = Rcm.X12.Writing.X12GroupHeader.FunctionalIdentifierFor(setId);
        var all = new List<string>
        {
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240105*1200*^*00501*000000001*0*T*:",
            $"GS*{functional}*S*R*20240105*1200*1*X*{version}",
            $"ST*{setId}*0001*{version}",
        };
        all.AddRange(segments);
        all.Add($"SE*{segments.Length + 2}*0001");
        all.Add("GE*1*1");
        all.Add("IEA*1*000000001");
        return string.Join("~\n", all) + "~\n";
    }
}
