using System.Buffers.Text;

namespace Rcm.X12.Writing;

// Values in X12 formats, written as bytes without intermediate strings. X12.5 data element types: R (decimal,
// optional leading minus, no thousands separators), N0 (integer), DT (CCYYMMDD), TM (HHMM).
public sealed partial class X12Writer
{
    /// <summary>Writes a decimal element (X12 type R) as the invariant culture shows it, keeping its scale (12.50 stays 12.50).</summary>
    public void WriteDecimal(decimal? value)
    {
        OpenElement();
        WriteDecimalValue(value);
    }

    /// <summary>Writes a decimal as the next component of the open element.</summary>
    public void WriteDecimalComponent(decimal? value)
    {
        OpenComponent();
        WriteDecimalValue(value);
    }

    /// <summary>Writes an integer element (X12 type N0).</summary>
    public void WriteInteger(long? value)
    {
        OpenElement();
        if (value is long number)
        {
            Span<byte> span = ReserveValue(20);
            Utf8Formatter.TryFormat(number, span, out int written);
            _position += written;
        }
    }

    /// <summary>Writes a date element as CCYYMMDD (X12 type DT, 8 digits).</summary>
    public void WriteDate(DateOnly? value)
    {
        OpenElement();
        WriteDateValue(value);
    }

    /// <summary>Writes a date as the next component of the open element.</summary>
    public void WriteDateComponent(DateOnly? value)
    {
        OpenComponent();
        WriteDateValue(value);
    }

    /// <summary>Writes a date range element as CCYYMMDD-CCYYMMDD (DTP format qualifier RD8).</summary>
    public void WriteDateRange(DateOnly start, DateOnly end)
    {
        OpenElement();
        Span<byte> span = ReserveValue(17);
        FormatDate(start, span);
        span[8] = (byte)'-';
        FormatDate(end, span[9..]);
        _position += 17;
    }

    /// <summary>Writes a time element as HHMM (X12 type TM).</summary>
    public void WriteTime(TimeOnly? value)
    {
        OpenElement();
        if (value is TimeOnly time)
        {
            Span<byte> span = ReserveValue(4);
            WriteTwoDigits(span, time.Hour);
            WriteTwoDigits(span[2..], time.Minute);
            _position += 4;
        }
    }

    private void WriteDecimalValue(decimal? value)
    {
        if (value is decimal number)
        {
            Span<byte> span = ReserveValue(32);
            _position += FormatDecimal(number, span);
        }
    }

    /// <summary>
    /// Formats like the invariant culture (keeping the scale: 12.50 stays 12.50), with a fast path for values whose
    /// unscaled integer fits in 64 bits (every amount X12 carries); the general formatter handles the rest.
    /// </summary>
    private static int FormatDecimal(decimal number, Span<byte> span)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        if (bits[2] != 0)
        {
            Utf8Formatter.TryFormat(number, span, out int general);
            return general;
        }

        ulong unscaled = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        int scale = (bits[3] >> 16) & 0xFF;
        Span<byte> digits = stackalloc byte[24];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + (int)(unscaled % 10));
            unscaled /= 10;
        }
        while (unscaled != 0 || count <= scale);

        int written = 0;
        if (bits[3] < 0)
        {
            span[written++] = (byte)'-';
        }

        for (int i = count - 1; i >= 0; i--)
        {
            span[written++] = digits[i];
            if (i == scale && scale > 0)
            {
                span[written++] = (byte)'.';
            }
        }

        return written;
    }

    private void WriteDateValue(DateOnly? value)
    {
        if (value is DateOnly date)
        {
            Span<byte> span = ReserveValue(8);
            FormatDate(date, span);
            _position += 8;
        }
    }

    private static void FormatDate(DateOnly date, Span<byte> span)
    {
        int year = date.Year;
        WriteTwoDigits(span, year / 100);
        WriteTwoDigits(span[2..], year % 100);
        WriteTwoDigits(span[4..], date.Month);
        WriteTwoDigits(span[6..], date.Day);
    }

    private static void WriteTwoDigits(Span<byte> span, int value)
    {
        span[0] = (byte)('0' + (value / 10));
        span[1] = (byte)('0' + (value % 10));
    }
}
