using System.Globalization;
using System.Text.RegularExpressions;

namespace Rcm.Codes.Import;

/// <summary>Field conversions shared by the file parsers; each failure names the file and line.</summary>
internal static partial class FieldParsing
{
    public static ulong Code(SourceLines src, int line, string text, string what = "code")
    {
        string t = text.Trim();
        if (!CodeKey.TryPack(t, out ulong key))
        {
            throw src.Error(line, $"'{t}' is not a valid {what} (1-10 letters or digits).");
        }
        return key;
    }

    /// <summary>ISO date (yyyy-MM-dd) or null for an empty cell.</summary>
    public static DateOnly? IsoDate(SourceLines src, int line, string text, string what)
    {
        string t = text.Trim();
        if (t.Length == 0 || t == "NA")
        {
            return null;
        }
        return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw src.Error(line, $"{what} '{t}' is not a date (expected YYYY-MM-DD).");
    }

    /// <summary>CMS yyyyMMdd date, or null for "*" or empty (CMS "no data").</summary>
    public static DateOnly? CmsDate(SourceLines src, int line, string text, string what)
    {
        string t = text.Trim();
        if (t.Length == 0 || t == "*")
        {
            return null;
        }
        return DateOnly.TryParseExact(t, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw src.Error(line, $"{what} '{t}' is not a date (expected YYYYMMDD or *).");
    }

    public static int Int(SourceLines src, int line, string text, string what, int min, int max)
    {
        string t = text.Trim();
        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < min || v > max)
        {
            throw src.Error(line, $"{what} '{t}' is not a whole number from {min} to {max}.");
        }
        return v;
    }

    public static string? Text(string s)
    {
        string t = s.Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>Day number for a row end: inclusive last day, or open.</summary>
    public static int EndDay(DateOnly? lastDay) => lastDay is { } d ? d.DayNumber : Storage.CodeRow.OpenEnd;

    public static int StartDay(DateOnly? firstDay) => firstDay is { } d ? d.DayNumber : Storage.CodeRow.OpenStart;

    /// <summary>
    /// The effective date a file name implies: "fy2025"/"order_2026" (fiscal year: October 1 before),
    /// "HCPC2026_JAN", "2026q2"/"2026-Q2", "Eff_04-01-2026", "2024-06", or null.
    /// </summary>
    public static DateOnly? EffectiveFromName(string fileName, bool fiscalYear)
    {
        string n = Path.GetFileName(fileName);
        Match m;
        if ((m = HcpcsName().Match(n)).Success)
        {
            int month = Array.IndexOf(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], m.Groups[2].Value.ToUpperInvariant()) + 1;
            return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month, 1);
        }
        if ((m = QuarterName().Match(n)).Success)
        {
            return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), (m.Groups[2].Value[0] - '1') * 3 + 1, 1);
        }
        if ((m = UsDateName().Match(n)).Success)
        {
            return new DateOnly(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        }
        if (fiscalYear && (m = FiscalYearName().Match(n)).Success)
        {
            return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1, 10, 1);
        }
        if ((m = MonthName().Match(n)).Success)
        {
            return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 1);
        }
        return null;
    }

    public static DateOnly QuarterEnd(DateOnly d) => new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1).AddMonths(3).AddDays(-1);

    public static DateOnly FiscalYearEnd(DateOnly effective) => new(effective.Month >= 10 ? effective.Year + 1 : effective.Year, 9, 30);

    [GeneratedRegex(@"HCPC(\d{4})_?([A-Za-z]{3})", RegexOptions.IgnoreCase)]
    private static partial Regex HcpcsName();

    [GeneratedRegex(@"(20\d{2})[-_ ]?q([1-4])", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterName();

    [GeneratedRegex(@"(\d{2})[-_](\d{2})[-_](20\d{2})")]
    private static partial Regex UsDateName();

    [GeneratedRegex(@"(?:fy|order_|codes_|icd10cm_)(20\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYearName();

    [GeneratedRegex(@"(20\d{2})-(0[1-9]|1[0-2])(?!\d)")]
    private static partial Regex MonthName();
}
