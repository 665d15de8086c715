using System.Text;
using Rcm.X12.Reading;

namespace Rcm.X12.Tests.Support;

/// <summary>Reads X12 into plain strings for assertions: one string array per segment (id first, then elements).</summary>
public static class X12Segments
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static List<string[]> Read(string text) => Read(Bytes(text));

    public static List<string[]> Read(ReadOnlySpan<byte> data)
    {
        var segments = new List<string[]>();
        var reader = new X12SegmentReader(data);
        while (reader.Read())
        {
            segments.Add(ToStrings(ref reader));
        }

        return segments;
    }

    public static string[] ToStrings(ref X12SegmentReader reader)
    {
        var values = new string[reader.ElementCount + 1];
        for (int i = 0; i <= reader.ElementCount; i++)
        {
            values[i] = Encoding.UTF8.GetString(reader.Element(i));
        }

        return values;
    }

    /// <summary>Reads with a stream reader over small blocks, to exercise segments split across block edges.</summary>
    public static List<string[]> ReadStreamed(byte[] data, int bufferSize)
    {
        var segments = new List<string[]>();
        using var source = new X12StreamReader(new MemoryStream(data), bufferSize, maxSegmentLength: Math.Max(bufferSize, 1 << 20));
        source.ReadAll((ref X12SegmentReader s) => segments.Add(ToStrings(ref s)));
        return segments;
    }

    /// <summary>The X12 exception thrown while reading all of <paramref name="data"/>.</summary>
    public static X12FormatException ReadError(ReadOnlySpan<byte> data)
    {
        try
        {
            var reader = new X12SegmentReader(data);
            while (reader.Read())
            {
            }
        }
        catch (X12FormatException e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException("Expected an X12FormatException.");
    }
}
