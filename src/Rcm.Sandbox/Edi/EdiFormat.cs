using System.Globalization;

namespace Rcm.Sandbox.Edi;

/// <summary>X12 value formats the sandbox reads and writes (CCYYMMDD dates, RD8 ranges, decimal amounts).</summary>
public static class EdiFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToString("HHmm", CultureInfo.InvariantCulture);

    public static string Range(DateOnly from, DateOnly to) => $"{Date(from)}-{Date(to)}";

    /// <summary>X12 R type: no trailing zeros, no leading plus, minus for negatives.</summary>
    public static string Amount(decimal value)
    {
        decimal rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        string text = rounded.ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string value)
    {
        string first = value.Split('-')[0];
        return DateOnly.TryParseExact(first, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
    }

    /// <summary>An RD8 range (or a D8 date as a one-day range).</summary>
    public static (DateOnly From, DateOnly To)? ParseRange(string value)
    {
        string[] parts = value.Split('-');
        DateOnly? from = ParseDate(parts[0]);
        DateOnly? to = parts.Length > 1 ? ParseDate(parts[1]) : from;
        return from is null || to is null ? null : (from.Value, to.Value);
    }

    public static decimal ParseAmount(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d) ? d : 0m;
}
