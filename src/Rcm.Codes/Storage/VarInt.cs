namespace Rcm.Codes.Storage;

/// <summary>Tight LEB128 column decoders for <see cref="CodeTableFile"/> (false = damaged column).</summary>
internal static class VarInt
{
    public static bool Decode(ReadOnlySpan<byte> src, Span<int> dest, int bias)
    {
        int p = 0;
        for (int i = 0; i < dest.Length; i++)
        {
            uint v = 0;
            int shift = 0;
            while (true)
            {
                if ((uint)p >= (uint)src.Length || shift > 28)
                {
                    return false;
                }
                byte b = src[p++];
                v |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
                shift += 7;
            }
            dest[i] = (int)v + bias;
        }
        return p == src.Length;
    }

    public static bool DecodeDeltas(ReadOnlySpan<byte> src, Span<ulong> dest)
    {
        int p = 0;
        ulong prev = 0;
        for (int i = 0; i < dest.Length; i++)
        {
            ulong v = 0;
            int shift = 0;
            while (true)
            {
                if ((uint)p >= (uint)src.Length || shift > 63)
                {
                    return false;
                }
                byte b = src[p++];
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
                shift += 7;
            }
            prev += v;
            dest[i] = prev;
        }
        return p == src.Length;
    }

    /// <summary>Stored ends are day + 1 with 0 for "still in force".</summary>
    public static bool OpenEnds(Span<int> ends)
    {
        for (int i = 0; i < ends.Length; i++)
        {
            ends[i] = ends[i] == 0 ? CodeRow.OpenEnd : ends[i] - 1;
        }
        return true;
    }

    /// <summary>A text-id column (stored id + 1); null when no row has a text, to save the array.</summary>
    public static int[]? DecodeOptional(ReadOnlySpan<byte> src, int n, string what, int column)
    {
        if (src.Length == n && !src.ContainsAnyExcept((byte)0))
        {
            return null;
        }
        var dest = new int[n];
        if (!Decode(src, dest, -1))
        {
            throw new InvalidDataException($"{what}: column {column} of the code-set data file is damaged.");
        }
        return dest;
    }
}
