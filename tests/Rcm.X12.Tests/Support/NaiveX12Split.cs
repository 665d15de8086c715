namespace Rcm.X12.Tests.Support;

/// <summary>An independent, deliberately simple X12 splitter used as the oracle for the real reader's counts.</summary>
public static class NaiveX12Split
{
    /// <summary>
    /// The independent count: one interchange's delimiters from the first ISA, split on the terminator, drop pieces
    /// that are only line breaks or spaces. Null when the file is not a well-formed single-delimiter-set X12 file.
    /// </summary>
    public static List<(string Id, int Elements)>? Segments(byte[] data)
    {
        int start = data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (data.Length < start + 106 || !data.AsSpan(start).StartsWith("ISA"u8))
        {
            return null;
        }

        byte element = data[start + 3];
        int[] widths = [3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
        string[] isaFields = System.Text.Encoding.Latin1.GetString(data, start, 105).Split((char)element);
        if (isaFields.Length != 17 || !isaFields.Select(f => f.Length).SequenceEqual(widths))
        {
            return null;
        }

        byte terminator = data[start + 105];
        var result = new List<(string, int)>();
        foreach (string piece in System.Text.Encoding.Latin1.GetString(data, start, data.Length - start).Split((char)terminator))
        {
            string segment = piece.TrimStart('\r', '\n', ' ', '\t');
            if (segment.Trim().Length == 0)
            {
                continue;
            }

            if (segment.Any(c => c < 0x20))
            {
                return null;
            }

            string[] parts = segment.Split((char)element);
            result.Add((parts[0], parts.Length - 1));
        }

        return result;
    }
}
