using System.Globalization;

namespace Rcm.Core.Documentation.Checks;

/// <summary>
/// How note values are written as strings (see <see cref="Templates.FieldType"/>) and read back. One place, so the form,
/// the API and the checks agree on what "09:05", "45" or "97153, 97155" mean.
/// </summary>
public static class FieldValueFormat
{
    /// <summary>Time of day, 24-hour <c>HH:mm</c>.</summary>
    public static bool TryTime(string value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Whole minutes, 0 or more (a duration).</summary>
    public static bool TryMinutes(string value, out int minutes) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out minutes);

    /// <summary>A number in invariant notation, e.g. <c>4</c> or <c>2.5</c>.</summary>
    public static bool TryNumber(string value, out decimal number) =>
        decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The codes in a code value: split on commas, trimmed, upper-cased, empties dropped.</summary>
    public static IReadOnlyList<string> Codes(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .ToArray();
}
