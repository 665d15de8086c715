using System.Text;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Validation;

/// <summary>
/// Small synthetic transactions that pass their guide, as segment lists (no terminators) to mutate in tests.
/// <see cref="Interchange"/> wraps them and recomputes SE01 so a test breaks only what it means to break.
/// Ordinals in <see cref="Claim837P"/>: ISA 1, GS 2, ST 3, BHT 4, NM1*41 5, PER 6, NM1*40 7, HL*1 8, NM1*85 9, N3 10,
/// N4 11, REF 12, HL*2 13, SBR 14, NM1*IL 15, N3 16, N4 17, DMG 18, NM1*PR 19, CLM 20, HI 21, LX 22, SV1 23, DTP 24,
/// LX 25, SV1 26, DTP 27, SE 28, GE 29, IEA 30.
/// </summary>
public static class Tr3Samples
{
    public static List<string> Claim837P(string version = "005010X222A1") =>
    [
        $"GS*HC*SENDER*RECEIVER*20240101*1200*1*X*{version}",
        $"ST*837*0001*{version}",
        "BHT*0019*00*0123*20240101*1200*CH",
        "NM1*41*2*BILLING SERVICE*****46*TGJ23",
        "PER*IC*JANE DOE*TE*5555551234",
        "NM1*40*2*PAYER CLEARINGHOUSE*****46*66783JJT",
        "HL*1**20*1",
        "NM1*85*2*CLINIC NAME*****XX*1234567893",
        "N3*123 MAIN ST",
        "N4*CITY*PA*171111234",
        "REF*EI*123456789",
        "HL*2*1*22*0",
        "SBR*P*18*******CI",
        "NM1*IL*1*DOE*JOHN****MI*ABC123456",
        "N3*1 ELM ST",
        "N4*CITY*PA*17111",
        "DMG*D8*19800101*M",
        "NM1*PR*2*PAYER NAME*****PI*12345",
        "CLM*ACCT001*100***11:B:1*Y*A*Y*Y",
        "HI*ABK:J020*ABF:R509",
        "LX*1",
        "SV1*HC:99213*60*UN*1***1",
        "DTP*472*D8*20240101",
        "LX*2",
        "SV1*HC:85025*40*UN*1***1",
        "DTP*472*D8*20240101",
        "SE*26*0001",
        "GE*1*1",
        "IEA*1*000000001",
    ];

    /// <summary>
    /// A balanced 835: claim 1 charges 100, lines 60−20=40 and 40−10=30, paid 70; claim 2 charges 80, adjusted 5,
    /// paid 75; PLB takes 5; BPR02 = 70 + 75 − 5 = 140. Ordinals: BPR 4, PER 10, N1*PE 11, LX 12, CLP 13, SVC 15 and 18,
    /// CLP 21, PLB 24, SE 25.
    /// </summary>
    public static List<string> Remittance835() =>
    [
        "GS*HP*SENDER*RECEIVER*20240101*1200*1*X*005010X221A1",
        "ST*835*0001",
        "BPR*I*140*C*CHK************20240105",
        "TRN*1*CHK1001*1512345678",
        "DTM*405*20240104",
        "N1*PR*PAYER NAME",
        "N3*1 PAYER WAY",
        "N4*CITY*PA*17111",
        "PER*BL*TECH SUPPORT*TE*5555550000",
        "N1*PE*CLINIC NAME*XX*1234567893",
        "LX*1",
        "CLP*ACCT001*1*100*70**12*CLAIM0001*11*1",
        "NM1*QC*1*DOE*JOHN****MI*ABC123456",
        "SVC*HC:99213*60*40",
        "DTM*472*20240101",
        "CAS*CO*45*20",
        "SVC*HC:85025*40*30",
        "DTM*472*20240101",
        "CAS*CO*45*10",
        "CLP*ACCT002*1*80*75**12*CLAIM0002*11*1",
        "CAS*CO*45*5",
        "NM1*QC*1*ROE*JANE****MI*XYZ987654",
        "PLB*1234567893*20241231*WO:ACCT9*5",
        "SE*23*0001",
        "GE*1*1",
        "IEA*1*000000001",
    ];

    /// <summary>The standard ISA, then the segments; SE01 is recomputed unless <paramref name="fixCounts"/> is false.</summary>
    public static byte[] Interchange(IEnumerable<string> segments, bool fixCounts = true)
    {
        var list = segments.ToList();
        if (fixCounts)
        {
            var st = -1;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].StartsWith("ST*", StringComparison.Ordinal))
                {
                    st = i;
                }
                else if (list[i].StartsWith("SE*", StringComparison.Ordinal) && st >= 0)
                {
                    var parts = list[i].Split('*');
                    parts[1] = (i - st + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    list[i] = string.Join('*', parts);
                    st = -1;
                }
            }
        }

        return Encoding.ASCII.GetBytes(X12Samples.Isa() + "\n" + string.Concat(list.Select(s => s + "~\n")));
    }

    /// <summary>Replaces the segment that starts with <paramref name="prefix"/> (the first one).</summary>
    public static List<string> Replace(this List<string> segments, string prefix, string replacement)
    {
        var i = segments.FindIndex(s => s.StartsWith(prefix, StringComparison.Ordinal));
        if (i < 0)
        {
            throw new ArgumentException($"No segment starts with '{prefix}'", nameof(prefix));
        }

        segments[i] = replacement;
        return segments;
    }

    /// <summary>Inserts a segment after the first that starts with <paramref name="prefix"/>.</summary>
    public static List<string> InsertAfter(this List<string> segments, string prefix, params string[] inserted)
    {
        var i = segments.FindIndex(s => s.StartsWith(prefix, StringComparison.Ordinal));
        if (i < 0)
        {
            throw new ArgumentException($"No segment starts with '{prefix}'", nameof(prefix));
        }

        segments.InsertRange(i + 1, inserted);
        return segments;
    }

    /// <summary>Removes the first segment that starts with <paramref name="prefix"/>.</summary>
    public static List<string> Without(this List<string> segments, string prefix)
    {
        var i = segments.FindIndex(s => s.StartsWith(prefix, StringComparison.Ordinal));
        if (i < 0)
        {
            throw new ArgumentException($"No segment starts with '{prefix}'", nameof(prefix));
        }

        segments.RemoveAt(i);
        return segments;
    }
}
