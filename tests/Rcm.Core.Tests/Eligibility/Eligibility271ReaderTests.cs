using System.Text;
using Rcm.Core.Eligibility;

namespace Rcm.Core.Tests.Eligibility;

/// <summary>The 271 reader on hand-written 271s (005010X279A1 shapes): statuses, benefits, COB, AAA at each level, broken answers.</summary>
public sealed class Eligibility271ReaderTests
{
    private static string Wrap(string body)
    {
        int count = body.Split('~', StringSplitOptions.RemoveEmptyEntries).Length + 2;
        return "ISA*00*          *00*          *ZZ*PAYER          *ZZ*OPENRCM        *260302*1400*^*00501*000000001*0*T*:~GS*HB*PAYER*OPENRCM*20260302*1400*1*X*005010X279A1~" +
               $"ST*271*0001*005010X279A1~BHT*0022*11*ELG1*20260302*1400~{body}SE*{count}*0001~GE*1*1~IEA*1*000000001~";
    }

    private const string Top = "HL*1**20*1~NM1*PR*2*PAYER*****PI*P1~HL*2*1*21*1~NM1*1P*2*CLINIC*****XX*1234567893~HL*3*2*22*0~";

    private static EligibilityOutcome Read(string body, string st = "30") => Eligibility271Reader.Read(Encoding.ASCII.GetBytes(Wrap(body)), st);

    [Fact]
    public void Active_with_cost_sharing()
    {
        var o = Read(Top + "NM1*IL*1*DOE*JANE****MI*M1~DTP*346*D8*20250101~EB*1*IND*30*PR*GOLD PPO~EB*B*IND*98*PR**27*25~EB*A*IND*30*PR**23**0.2~" +
                     "EB*C*IND*30*PR**23*1000~EB*C*IND*30*PR**29*400~EB*G*IND*30*PR**23*5000~EB*G*IND*30*PR**29*4200~");
        Assert.Equal(EligibilityStatus.Active, o.Status);
        Assert.Equal("GOLD PPO", o.PlanName);
        Assert.Equal(new DateOnly(2025, 1, 1), o.PlanBegin);
        Assert.Equal(new BenefitSummary(25m, 0.2m, 1000m, 400m, 5000m, 4200m), o.Benefits);
    }

    [Fact]
    public void Inactive_with_plan_end()
    {
        var o = Read(Top + "NM1*IL*1*DOE*JANE****MI*M1~DTP*346*D8*20250101~DTP*347*D8*20260131~EB*6*IND*30*PR*GOLD PPO~");
        Assert.Equal(EligibilityStatus.Inactive, o.Status);
        Assert.Equal(new DateOnly(2026, 1, 31), o.PlanEnd);
    }

    [Fact]
    public void Other_payer_primary_from_eb_r_with_msg_and_2120c()
    {
        var o = Read(Top + "NM1*IL*1*DOE*JANE****MI*M1~EB*1*IND*30*MB*PART B~EB*R*IND*30*C1~MSG*OTHER PAYER IS PRIMARY~LS*2120~NM1*PR*2*BIG HEALTH*****PI*BH01~LE*2120~");
        Assert.Equal(EligibilityStatus.Active, o.Status);
        Assert.Equal(new OtherPayer("BIG HEALTH", "BH01", true, "30"), o.OtherPayer);
    }

    [Theory]
    [InlineData("HL*1**20*1~NM1*PR*2*PAYER*****PI*P1~AAA*N**79*N~HL*2*1*21*1~NM1*1P*2*CLINIC*****XX*1234567893~HL*3*2*22*0~NM1*IL*1*DOE*JANE****MI*M1~", "79")]
    [InlineData(Top + "NM1*IL*1*DOE*JANE****MI*M1~AAA*Y**75*C~", "75")]
    [InlineData(Top + "NM1*IL*1*DOE*JANE****MI*M1~AAA*Y**42*R~", "42")]
    [InlineData(Top + "NM1*IL*1*DOE*JANE****MI*M1~AAA*Y**ZZ*C~", "ZZ")]
    public void Rejections_at_any_level_are_translated(string body, string code)
    {
        var o = Read(body);
        Assert.Equal(EligibilityStatus.Rejected, o.Status);
        Assert.Equal(code, o.Rejection!.Code);
        Assert.False(string.IsNullOrWhiteSpace(o.Rejection.Fix));
        Assert.Contains(":", o.Summary);
    }

    [Theory]
    [InlineData("not x12 at all")]
    [InlineData("ISA*00*          *00*          *ZZ*PAYER          *ZZ*OPENRCM        *260302*1400*^*00501*000000001*0*T*:~GS*HB*PAYER*OPENRCM*20260302*1400*1*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*EL")]
    [InlineData("")]
    public void Broken_answers_are_unreachable_never_verified(string raw)
    {
        var o = Eligibility271Reader.Read(Encoding.ASCII.GetBytes(raw), "30");
        Assert.Equal(EligibilityStatus.Unreachable, o.Status);
    }
}
