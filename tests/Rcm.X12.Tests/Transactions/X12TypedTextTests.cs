using System.Text;
using Rcm.X12.Transactions;

namespace Rcm.X12.Tests.Transactions;

public class X12TypedTextTests
{
    private static string Text(string file)
    {
        var output = new StringWriter();
        X12TypedText.Write(output, X12TransactionParser.Parse(Encoding.ASCII.GetBytes(file)));
        return output.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void Shows_a_remittance_payment_claim_adjustments_and_remarks()
    {
        string text = Text(Remittance835KnownValuesTests.Envelope("835", "005010X221A1",
            "BPR*I*100*C*ACH************20240105", "TRN*1*EFT1*1999999999", "N1*PR*ACME HEALTH", "N1*PE*CLINIC*XX*1234567893",
            "LX*1", "CLP*A1*1*150*100*20*12*ICN1", "CAS*CO*45*30", "SVC*HC:99213:25*150*100", "CAS*PR*2*20", "LQ*HE*N130"));
        Assert.Contains("835 remittance (ST02 0001, 005010X221A1, segment 3)\n", text, StringComparison.Ordinal);
        Assert.Contains("  payment 100.00 ACH (I) dated 2024-01-05, trace EFT1\n", text, StringComparison.Ordinal);
        Assert.Contains("  claim A1 status 1: charge 150.00, paid 100.00, patient 20.00, payer claim ICN1\n    CO-45 30.00\n", text, StringComparison.Ordinal);
        Assert.Contains("    line HC:99213:25: charge 150.00, paid 100.00 PR-2 20.00\n      remarks HE:N130\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_benefits_with_amounts_network_and_rejections()
    {
        string text = Text(Remittance835KnownValuesTests.Envelope("271", "005010X279A1",
            "BHT*0022*11*R1*20240105*1200", "HL*1**20*1", "NM1*PR*2*PAYER*****PI*1", "HL*2*1*21*1", "NM1*1P*2*CLINIC*****XX*2",
            "HL*3*2*22*0", "NM1*IL*1*DOE*JANE****MI*M1", "AAA*Y**72*C", "EB*B*IND*98*PR**27*25*****Y"));
        Assert.Contains("subscriber DOE JANE [MI M1]", text, StringComparison.Ordinal);
        Assert.Contains("rejected: reason 72, follow-up C", text, StringComparison.Ordinal);
        Assert.Contains("EB B, level IND, services 98, insurance PR, period 27, amount 25.00, in network Y", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_issues_after_the_transactions()
    {
        string text = Text(Remittance835KnownValuesTests.Envelope("834", "005010X220A1", "BGN*00*1*20240105"));
        Assert.Contains("error TYP001 at segment 3: No typed mapper for transaction set 834", text, StringComparison.Ordinal);
    }
}
