using Rcm.X12.Reading;

namespace Rcm.Bench.Reading;

/// <summary>
/// The tokenizing workload of the reading benchmarks: every segment read and every element touched (its span
/// taken and its length summed, so the work cannot be optimised away).
/// </summary>
public static class SegmentWalk
{
    /// <summary>Reads <paramref name="data"/>; returns segments read and the sum of element lengths.</summary>
    public static (long Segments, long ElementBytes) TouchAll(ReadOnlySpan<byte> data)
    {
        var reader = new X12SegmentReader(data);
        long elementBytes = 0;
        while (reader.Read())
        {
            elementBytes += Touch(ref reader);
        }

        return (reader.SegmentOrdinal, elementBytes);
    }

    /// <summary>Streams <paramref name="input"/> through <see cref="X12StreamReader"/>, touching every element.</summary>
    public static (long Segments, long ElementBytes) TouchAll(Stream input, int bufferSize = X12StreamReader.DefaultBufferSize)
    {
        using var source = new X12StreamReader(input, bufferSize, leaveOpen: true);
        long elementBytes = 0;
        while (source.ReadBlock(out X12SegmentReader reader))
        {
            while (reader.Read())
            {
                elementBytes += Touch(ref reader);
            }

            source.CompleteBlock(ref reader);
        }

        return (source.State.SegmentsRead, elementBytes);
    }

    private static int Touch(ref X12SegmentReader reader)
    {
        int sum = reader.SegmentId.Length;
        int count = reader.ElementCount;
        for (int i = 1; i <= count; i++)
        {
            sum += reader.Element(i).Length;
        }

        return sum;
    }
}
