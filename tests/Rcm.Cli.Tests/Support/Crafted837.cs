using System.Globalization;

namespace Rcm.Cli.Tests.Support;

/// <summary>
/// Small 837P files (005010X222A1) written for the scrub contract: one subscriber HL per claim, dates of service ten
/// days before today so timely filing and code validity hold whenever the tests run. A "clean" claim has valid NPIs
/// (Luhn check digit with the 80840 prefix), a billable ICD-10-CM code and a plain lab line; a "held" claim is the
/// same with a rendering NPI whose check digit is wrong.
/// </summary>
public static class Crafted837
{
    private const string ValidRenderingNpi = "1406923650";
    private const string BadCheckDigitNpi = "1406923651";

    /// <summary>An interchange whose claims are clean (true) or held (false), in order.</summary>
    public static string Build(params bool[] claimsClean)
    {
        DateOnly today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        string created = Ymd(today);
        string service = Ymd(today.AddDays(-10));
        var body = new List<string>
        {
            "ST*837*0001*005010X222A1",
            $"BHT*0019*00*B1*{created}*1200*CH",
            "NM1*41*2*CONTRACT CLINIC*****46*S0001",
            "PER*IC*BILLING OFFICE*TE*5555550100",
            "NM1*40*2*CLEARINGHOUSE*****46*CH0001",
            "HL*1**20*1",
            "PRV*BI*PXC*207Q00000X",
            "NM1*85*2*CONTRACT CLINIC*****XX*1326082389",
            "N3*249 MAPLE DR",
            "N4*MADISON*WI*537030006",
            "REF*EI*456978852",
        };
        for (int i = 0; i < claimsClean.Length; i++)
        {
            body.AddRange(
            [
                $"HL*{i + 2}*1*22*0",
                "SBR*P*18*GRP1******CI",
                $"NM1*IL*1*DOE*JANE****MI*M000{i + 1}",
                "N3*1 OAK AVE",
                "N4*SPRINGFIELD*IL*627010001",
                "DMG*D8*19800423*F",
                "NM1*PR*2*SUMMIT MUTUAL*****PI*P69388",
                $"CLM*CLAIM{i + 1}*28***11:B:1*Y*A*Y*Y",
                "HI*ABK:J069",
                $"NM1*82*1*JONES*WILLIAM****XX*{(claimsClean[i] ? ValidRenderingNpi : BadCheckDigitNpi)}",
                "PRV*PE*PXC*207Q00000X",
                "LX*1",
                "SV1*HC:85025*28*UN*1***1",
                $"DTP*472*D8*{service}",
            ]);
        }

        body.Add($"SE*{body.Count + 1}*0001");
        string[] segments =
        [
            $"ISA*00*          *00*          *ZZ*CONTRACTS      *ZZ*CLEARINGHOUSE  *{created[2..]}*1200*^*00501*000000001*0*T*:",
            $"GS*HC*CONTRACTS*CLEARINGHOUSE*{created}*1200*1*X*005010X222A1",
            .. body,
            "GE*1*1",
            "IEA*1*000000001",
        ];
        return string.Join("~\n", segments) + "~\n";
    }

    private static string Ymd(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
