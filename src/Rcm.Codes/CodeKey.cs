namespace Rcm.Codes;

/// <summary>
/// Packs a code of up to ten characters (0-9, A-Z; ICD-10-CM dots ignored; lower case folded) into a
/// <see cref="ulong"/> so look-ups compare integers instead of strings and never allocate.
/// Six bits per character, left-aligned in the low 60 bits, so numeric key order equals the
/// lexicographic order of the codes (shorter codes sort before their extensions).
/// </summary>
public static class CodeKey
{
    /// <summary>Most characters a packed code can hold (NUCC taxonomy codes are ten).</summary>
    public const int MaxLength = 10;

    private const int BitsPerChar = 6;
    private const int TopShift = (MaxLength - 1) * BitsPerChar; // 54
    private const ulong LowFiveMask = (1UL << 30) - 1;

    /// <summary>Packs a code; false for empty, too long or characters outside 0-9/A-Z.</summary>
    public static bool TryPack(ReadOnlySpan<char> code, out ulong key)
    {
        key = 0;
        int n = 0;
        foreach (char c in code)
        {
            if (c == '.')
            {
                continue; // ICD-10-CM codes are stored without the dot (CMS order file convention).
            }
            ulong v = Symbol(c);
            if (v == 0 || n == MaxLength)
            {
                key = 0;
                return false;
            }
            key |= v << (TopShift - n * BitsPerChar);
            n++;
        }
        return n > 0;
    }

    /// <summary>Packs a code held as ASCII bytes (as read from an X12 element), without decoding.</summary>
    public static bool TryPack(ReadOnlySpan<byte> code, out ulong key)
    {
        key = 0;
        int n = 0;
        foreach (byte b in code)
        {
            if (b == (byte)'.')
            {
                continue;
            }
            ulong v = Symbol((char)b);
            if (v == 0 || n == MaxLength)
            {
                key = 0;
                return false;
            }
            key |= v << (TopShift - n * BitsPerChar);
            n++;
        }
        return n > 0;
    }

    /// <summary>Packs a code or throws <see cref="ArgumentException"/> (for tests and tools).</summary>
    public static ulong Pack(string code) =>
        TryPack(code, out ulong key) ? key : throw new ArgumentException($"'{code}' is not a packable code (1-10 characters 0-9/A-Z).", nameof(code));

    /// <summary>Number of characters in a packed code.</summary>
    public static int Length(ulong key)
    {
        int n = 0;
        while (n < MaxLength && ((key >> (TopShift - n * BitsPerChar)) & 63) != 0)
        {
            n++;
        }
        return n;
    }

    /// <summary>The code text of a key (allocates; for display only).</summary>
    public static string Unpack(ulong key)
    {
        Span<char> buf = stackalloc char[MaxLength];
        int n = 0;
        for (; n < MaxLength; n++)
        {
            int v = (int)((key >> (TopShift - n * BitsPerChar)) & 63);
            if (v == 0)
            {
                break;
            }
            buf[n] = v <= 10 ? (char)('0' + v - 1) : (char)('A' + v - 11);
        }
        return new string(buf[..n]);
    }

    /// <summary>
    /// Packs two codes of at most five characters (CPT/HCPCS) into one key: the first code in the high
    /// 30 bits, the second in the low 30, so pairs sort by column 1 then column 2 as in the CMS files.
    /// </summary>
    public static bool TryPackPair(ulong first, ulong second, out ulong pair)
    {
        if ((first & LowFiveMask) != 0 || (second & LowFiveMask) != 0 || first == 0 || second == 0)
        {
            pair = 0;
            return false;
        }
        pair = first | (second >> 30);
        return true;
    }

    /// <summary>Splits a pair key made by <see cref="TryPackPair"/>.</summary>
    public static (ulong First, ulong Second) SplitPair(ulong pair) => (pair & ~LowFiveMask, (pair & LowFiveMask) << 30);

    private static ulong Symbol(char c) => c switch
    {
        >= '0' and <= '9' => (ulong)(c - '0' + 1),
        >= 'A' and <= 'Z' => (ulong)(c - 'A' + 11),
        >= 'a' and <= 'z' => (ulong)(c - 'a' + 11),
        _ => 0,
    };
}
