using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;
using Rcm.X12.Reading;

namespace Rcm.X12.Transactions;

/// <summary>
/// Turns element spans into the values typed models keep. Values up to 32 bytes (codes, qualifiers, names, addresses,
/// payer and provider ids) go through a per-parse cache, so a file with 200,000 <c>HC</c> qualifiers or the same payer
/// name on every claim holds one string, not 200,000. Numbers and dates are decoded from bytes without strings.
/// </summary>
internal sealed class X12FieldDecoder
{
    private const int CachedLength = 32;
    private const int CacheSize = 1 << 13;

    // Direct-mapped: a slot holds the last string whose bytes hashed there; a miss just replaces it. Bounded memory,
    // no per-lookup allocation, and repeated values (the common case in X12) hit.
    private readonly string?[] _cache = new string?[CacheSize];

    /// <summary>The text of a span; null when empty.</summary>
    public string? Text(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        if (value.Length > CachedLength)
        {
            return Encoding.UTF8.GetString(value);
        }

        int slot = Hash(value) & (CacheSize - 1);
        string? cached = _cache[slot];
        if (cached is not null && SameText(cached, value))
        {
            return cached;
        }

        string text = Encoding.UTF8.GetString(value);
        _cache[slot] = text;
        return text;
    }

    private static int Hash(ReadOnlySpan<byte> value)
    {
        ulong head, tail;
        if (value.Length >= 8)
        {
            head = MemoryMarshal.Read<ulong>(value);
            tail = MemoryMarshal.Read<ulong>(value[^8..]);
        }
        else
        {
            head = 0;
            value.CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref head)));
            tail = (ulong)value.Length;
        }

        ulong mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail + (ulong)value.Length) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(mixed >> 40);
    }

    private static bool SameText(string text, ReadOnlySpan<byte> value)
    {
        if (text.Length != value.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            // Only ASCII can match byte for byte; any other byte makes the cached string differ (decoded from UTF-8).
            if (text[i] != value[i] || value[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    public string? Element(ref X12SegmentReader reader, int position) => Text(reader.Element(position));

    public string Required(ref X12SegmentReader reader, int position) => Text(reader.Element(position)) ?? string.Empty;

    public string? Component(ref X12SegmentReader reader, int position, int component) =>
        Text(reader.Component(position, component));

    /// <summary>The components of a composite element (trailing empty ones dropped by the sender are simply absent).</summary>
    public List<string> Components(ReadOnlySpan<byte> element, byte separator)
    {
        var parts = new List<string>(4);
        foreach (Range range in element.Split(separator))
        {
            parts.Add(Text(element[range]) ?? string.Empty);
        }

        return parts;
    }

    /// <summary>The repetitions of a repeating element (EB03 service types); the whole element when none is declared.</summary>
    public List<string> Repetitions(ref X12SegmentReader reader, int position)
    {
        ReadOnlySpan<byte> element = reader.Element(position);
        if (element.IsEmpty)
        {
            return [];
        }

        byte separator = reader.Delimiters.Repetition;
        if (separator == 0)
        {
            return [Text(element)!];
        }

        return Components(element, separator);
    }

    /// <summary>The segment kept whole, for the loop's <c>Other</c> list.</summary>
    public X12RawSegment Raw(ref X12SegmentReader reader)
    {
        var elements = new List<List<string>>(reader.ElementCount);
        byte component = reader.Delimiters.Component;
        for (int i = 1; i <= reader.ElementCount; i++)
        {
            elements.Add(Components(reader.Element(i), component));
        }

        return new X12RawSegment(Text(reader.SegmentId) ?? string.Empty, elements);
    }

    /// <summary>An X12 R (decimal) value; null when empty or not a number. Keeps the scale as sent (12.50 stays 12.50).</summary>
    public static decimal? Decimal(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        // Fast path for the plain form X12 uses (optional minus, digits, optional point and digits).
        if (value.Length <= 18)
        {
            bool negative = value[0] == (byte)'-';
            ulong unscaled = 0;
            int scale = -1;
            int digits = 0;
            for (int i = negative ? 1 : 0; i < value.Length; i++)
            {
                byte b = value[i];
                if (b == (byte)'.' && scale < 0)
                {
                    scale = 0;
                    continue;
                }

                uint digit = (uint)(b - '0');
                if (digit > 9)
                {
                    digits = -1;
                    break;
                }

                unscaled = (unscaled * 10) + digit;
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }

            if (digits > 0)
            {
                return new decimal((int)(uint)unscaled, (int)(uint)(unscaled >> 32), 0, negative, (byte)Math.Max(scale, 0));
            }

            if (digits == 0)
            {
                return null;
            }
        }

        return Utf8Parser.TryParse(value, out decimal number, out int consumed) && consumed == value.Length ? number : null;
    }

    /// <summary>An X12 N0 (integer) value; null when empty or not a number.</summary>
    public static int? Integer(ReadOnlySpan<byte> value) =>
        !value.IsEmpty && Utf8Parser.TryParse(value, out int number, out int consumed) && consumed == value.Length
            ? number
            : null;

    /// <summary>An X12 DT value (CCYYMMDD); null when empty or not a real date.</summary>
    public static DateOnly? Date(ReadOnlySpan<byte> value)
    {
        if (value.Length != 8)
        {
            return null;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 8; i++)
        {
            int digit = value[i] - '0';
            if ((uint)digit > 9)
            {
                return null;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 6)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
