using System.Text;
using Rcm.X12.Reading;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Reading;

/// <summary>Readable input in all its layouts: delimiters, line breaks, byte order mark, several interchanges.</summary>
public class X12ReaderLayoutTests
{
    [Theory]
    [InlineData('|', '>', '^', '~')]
    [InlineData('*', ':', '^', '\u001D')]
    [InlineData('~', '^', '!', '_')]
    [InlineData('\u001F', '\u001E', '^', '\u001C')]
    [InlineData('*', ':', '^', '\n')]
    public void Reads_with_any_delimiters_the_isa_declares(char element, char component, char repetition, char terminator)
    {
        string Map(string s) => string.Concat(s.Select(c => c switch { '*' => element, ':' => component, '^' => repetition, _ => c }));
        string text = X12Samples.Isa(element, component, repetition, terminator)
            + string.Concat(X12Samples.Body().Select(s => Map(s) + terminator));

        List<string[]> segments = X12Segments.Read(Encoding.Latin1.GetBytes(text));
        var reader = new X12SegmentReader(Encoding.Latin1.GetBytes(text));
        reader.Read();

        Assert.Equal(new X12Delimiters((byte)element, (byte)component, (byte)repetition, (byte)terminator), reader.Delimiters);
        Assert.Equal(X12Segments.Read(X12Samples.Interchange()).Skip(1).Select(s => s.Select(Map)), segments.Skip(1));
        reader.Read();
        reader.Read();
        reader.Read();
        reader.Read();
        reader.Read();
        Assert.True(reader.SegmentIs("HI"u8));
        Assert.Equal("J020", Encoding.Latin1.GetString(reader.Component(1, 2)));
        Assert.Equal("R509", Encoding.Latin1.GetString(reader.ComponentOf(reader.Repetition(1, 2), 2)));
        Assert.Equal(16, segments[0].Length - 1);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_are_not_data()
    {
        byte[] data = [0xEF, 0xBB, 0xBF, .. X12Segments.Bytes(X12Samples.Interchange("\r\n"))];

        var reader = new X12SegmentReader(data);
        Assert.True(reader.Read());
        Assert.Equal(3, reader.ByteOffset);
        Assert.Equal(X12Segments.Read(X12Samples.Interchange()), X12Segments.Read(data));
    }

    [Fact]
    public void Byte_order_mark_before_a_concatenated_interchange_is_skipped()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        byte[] data = [.. bom, .. X12Segments.Bytes(X12Samples.Interchange("\n")), .. bom, .. X12Segments.Bytes(X12Samples.Interchange("\n", "000000002"))];

        List<string[]> segments = X12Segments.Read(data);

        Assert.Equal(18, segments.Count);
        Assert.Equal("ISA", segments[9][0]);
        Assert.Equal("000000002", segments[9][13]);
    }

    [Theory]
    [InlineData("\n\n\n")]
    [InlineData("\r\n   \r\n")]
    [InlineData("   ")]
    public void Trailing_blank_lines_and_padding_are_no_segment(string trailer)
    {
        Assert.Equal(9, X12Segments.Read(X12Samples.Interchange() + trailer).Count);
    }

    [Fact]
    public void Each_interchange_uses_its_own_delimiters()
    {
        // In the second interchange '*' and '~' are data, not delimiters.
        string second = X12Samples.Isa('|', '>', '^', '\n', "000000002") + "GS|HC|A*B|C~D|20240101\nIEA|1|000000002\n";

        List<string[]> segments = X12Segments.Read(X12Samples.Interchange() + second);

        Assert.Equal(12, segments.Count);
        Assert.Equal(["GS", "HC", "A*B", "C~D", "20240101"], segments[10]);
        Assert.Equal(["IEA", "1", "000000002"], segments[11]);
    }

    [Fact]
    public void Pre_5010_isa_without_repetition_separator_reads()
    {
        string isa = X12Samples.Isa(repetition: 'U').Replace("00501", "00401");

        var reader = new X12SegmentReader(X12Segments.Bytes(isa + "EB*1*IND*30^1~"));
        reader.Read();
        Assert.False(reader.Delimiters.HasRepetition);
        reader.Read();
        Assert.Equal("30^1", Encoding.ASCII.GetString(reader.Repetition(3, 1)));
    }

    [Fact]
    public void Elements_beyond_the_inline_capacity_read_correctly()
    {
        string segment = "ZZZ*" + string.Join("*", Enumerable.Range(1, 40).Select(i => $"E{i}"));

        var reader = new X12SegmentReader(X12Segments.Bytes(X12Samples.Isa() + segment + "~"));
        reader.Read();
        reader.Read();

        Assert.Equal(40, reader.ElementCount);
        for (int i = 1; i <= 40; i++)
        {
            Assert.Equal($"E{i}", reader.GetString(i));
        }
    }

    [Fact]
    public void Resumes_a_segment_split_at_every_byte_of_the_input()
    {
        byte[] data = [0xEF, 0xBB, 0xBF, .. X12Segments.Bytes(X12Samples.Interchange("\r\n") + X12Samples.Interchange("\n", "000000002"))];
        List<string[]> expected = X12Segments.Read(data);

        for (int split = 0; split <= data.Length; split++)
        {
            var segments = new List<string[]>();
            var first = new X12SegmentReader(data.AsSpan(0, split), isFinalBlock: false, default);
            while (first.Read())
            {
                segments.Add(X12Segments.ToStrings(ref first));
            }

            var second = new X12SegmentReader(data.AsSpan(first.BytesConsumed), isFinalBlock: true, first.CurrentState);
            while (second.Read())
            {
                segments.Add(X12Segments.ToStrings(ref second));
                Assert.Equal(segments.Count, second.SegmentOrdinal);
            }

            Assert.Equal(expected, segments);
        }
    }

    [Fact]
    public void Ordinals_and_offsets_count_from_the_start_of_the_file()
    {
        byte[] data = X12Segments.Bytes(X12Samples.Interchange("\r\n"));
        var reader = new X12SegmentReader(data);
        var offsets = new List<long>();
        while (reader.Read())
        {
            offsets.Add(reader.ByteOffset);
            Assert.Equal(offsets.Count, reader.SegmentOrdinal);
            Assert.Equal(data[(int)reader.ByteOffset], reader.SegmentId[0]);
        }

        Assert.Equal(108, offsets[1]);
    }
}
