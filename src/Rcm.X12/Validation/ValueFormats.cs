namespace Rcm.X12.Validation;

/// <summary>Byte-level checks of X12 simple data types (X12.6 §3.6), allocation-free.</summary>
internal static class ValueFormats
{
    /// <summary>
    /// Nn and R values: an optional leading minus, digits, and (R only) one decimal point. The length X12 counts
    /// excludes the sign and the decimal point (X12.6 §3.6.1).
    /// </summary>
    public static bool TryCountDigits(ReadOnlySpan<byte> value, bool allowPoint, out int digits)
    {
        digits = 0;
        var i = value.Length > 0 && value[0] == (byte)'-' ? 1 : 0;
        var point = false;
        for (; i < value.Length; i++)
        {
            var b = value[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (b == (byte)'.' && allowPoint && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>CCYYMMDD (8) or YYMMDD (6): a real calendar date.</summary>
    public static bool IsDate(ReadOnlySpan<byte> value)
    {
        if (value.Length is not (6 or 8) || !AllDigits(value))
        {
            return false;
        }

        var o = value.Length - 4;
        var year = value.Length == 8 ? Number(value[..4]) : 2000 + Number(value[..2]);
        var month = Number(value.Slice(o, 2));
        var day = Number(value.Slice(o + 2, 2));
        return month is >= 1 and <= 12 && day >= 1 && year >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>HHMM, HHMMSS, or HHMMSSd..dd (up to 8 digits).</summary>
    public static bool IsTime(ReadOnlySpan<byte> value)
    {
        if (value.Length is < 4 or > 8 || value.Length == 5 || !AllDigits(value))
        {
            return false;
        }

        return Number(value[..2]) < 24 && Number(value.Slice(2, 2)) < 60 && (value.Length < 6 || Number(value.Slice(4, 2)) < 60);
    }

    public static bool IsOneOf(ReadOnlySpan<byte> value, byte[][] codes)
    {
        foreach (var code in codes)
        {
            if (value.SequenceEqual(code))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllDigits(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var n = 0;
        foreach (var b in digits)
        {
            n = (n * 10) + (b - '0');
        }

        return n;
    }
}
