using System.Globalization;

namespace Rcm.X12.Envelopes;

/// <summary>
/// The code lists and formats of envelope elements, from X12.5 (ISA) and X12.6 (GS), as the 5010 guides' appendix B
/// lists them.
/// </summary>
internal static class X12EnvelopeValues
{
    // ISA01 authorization information qualifier; ISA03 security information qualifier.
    public static readonly string[] AuthorizationQualifiers = ["00", "03"];
    public static readonly string[] SecurityQualifiers = ["00", "01"];

    // ISA05 / ISA07 interchange id qualifiers (X12.5 code list I05 as used by the 5010 guides).
    public static readonly string[] IdQualifiers = ["01", "14", "20", "27", "28", "29", "30", "33", "ZZ"];

    // ISA14: 0 = no TA1 requested, 1 = TA1 requested. ISA15: P production, T test, I information.
    public static readonly string[] AcknowledgmentFlags = ["0", "1"];
    public static readonly string[] UsageIndicators = ["P", "T", "I"];

    /// <summary>YYMMDD (ISA09) or CCYYMMDD (GS04) naming a real calendar day.</summary>
    public static bool IsDate(string value) =>
        value.Length is 6 or 8 && value.All(char.IsAsciiDigit)
        && DateOnly.TryParseExact(value, value.Length == 6 ? "yyMMdd" : "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>HHMM, optionally followed by SS and one or two decimal seconds digits (GS05); ISA10 is HHMM only.</summary>
    public static bool IsTime(string value, bool allowSeconds)
    {
        if (value.Length < 4 || value.Length > (allowSeconds ? 8 : 4) || value.Length == 5 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        int hours = int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        int minutes = int.Parse(value.AsSpan(2, 2), CultureInfo.InvariantCulture);
        int seconds = value.Length >= 6 ? int.Parse(value.AsSpan(4, 2), CultureInfo.InvariantCulture) : 0;
        return hours < 24 && minutes < 60 && seconds < 60;
    }
}
