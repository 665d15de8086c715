namespace Rcm.X12.Tests.Support;

/// <summary>Small synthetic interchanges for reader and envelope tests (no real patient data).</summary>
public static class X12Samples
{
    /// <summary>A 106-byte ISA with the given delimiters and control number.</summary>
    public static string Isa(char element = '*', char component = ':', char repetition = '^', char terminator = '~', string control = "000000001")
    {
        string e = element.ToString();
        return string.Join(e, "ISA", "00", "          ", "00", "          ", "ZZ", "SENDER         ", "ZZ", "RECEIVER       ",
            "240101", "1200", repetition.ToString(), "00501", control, "0", "T", component.ToString()) + terminator;
    }

    /// <summary>
    /// A complete interchange: one group, one 837 transaction with a few body segments. Ordinals: ISA 1, GS 2, ST 3,
    /// BHT 4, NM1 5, HI 6, SE 7, GE 8, IEA 9.
    /// </summary>
    public static string Interchange(string lineBreak = "", string control = "000000001") =>
        Isa(control: control) + lineBreak + string.Join("~" + lineBreak, Body(control)) + "~" + lineBreak;

    /// <summary>The segments after the ISA of <see cref="Interchange"/>, without terminators.</summary>
    public static string[] Body(string control = "000000001") =>
        [
            "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1",
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*REF1*20240101*1200*CH",
            "NM1*41*2*BILLING CO*****46*12345",
            "HI*ABK:J020^ABF:R509",
            "SE*5*0001",
            "GE*1*1",
            $"IEA*1*{control}",
        ];

    /// <summary>An interchange made of the standard ISA and the given segments (terminated by <c>~</c>).</summary>
    public static string WithBody(IEnumerable<string> segments) => Isa() + string.Concat(segments.Select(s => s + "~"));
}
