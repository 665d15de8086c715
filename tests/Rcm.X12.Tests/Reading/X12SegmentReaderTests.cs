using Rcm.X12.Reading;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Reading;

public class X12SegmentReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Same_segments_whatever_the_line_break_after_each_terminator(string lineBreak)
    {
        List<string[]> segments = X12Segments.Read(X12Samples.Interchange(lineBreak));

        Assert.Equal(9, segments.Count);
        Assert.Equal(["ISA", "GS", "ST", "BHT", "NM1", "HI", "SE", "GE", "IEA"], segments.Select(s => s[0]));
        Assert.Equal(["IEA", "1", "000000001"], segments[^1]);
    }

    [Fact]
    public void Element_count_equals_separator_count_including_empty_elements()
    {
        var reader = new X12SegmentReader(X12Segments.Bytes(X12Samples.Isa() + "NM1*41*2*BILLING CO*****46*~"));
        Assert.True(reader.Read());
        Assert.True(reader.Read());

        Assert.True(reader.SegmentIs("NM1"u8));
        Assert.Equal(9, reader.ElementCount);
        Assert.Equal("46", reader.GetString(8));
        Assert.True(reader.Element(9).IsEmpty);
        Assert.True(reader.Element(5).IsEmpty);
        Assert.True(reader.Element(11).IsEmpty);
        Assert.Equal(2, reader.SegmentOrdinal);
        Assert.Equal(106, reader.ByteOffset);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Isa_delimiters_and_elements_come_from_fixed_positions()
    {
        var reader = new X12SegmentReader(X12Segments.Bytes(X12Samples.Isa('|', '>', '^', '\n') + "GS|HC\n"));
        Assert.True(reader.Read());

        Assert.Equal(new X12Delimiters((byte)'|', (byte)'>', (byte)'^', (byte)'\n'), reader.Delimiters);
        Assert.Equal(16, reader.ElementCount);
        Assert.Equal("SENDER         ", reader.GetString(6));
        Assert.Equal(">", reader.GetString(16));
        Assert.True(reader.Read());
        Assert.Equal(["GS", "HC"], X12Segments.ToStrings(ref reader));
    }

    [Fact]
    public void Components_and_repetitions_split_on_declared_delimiters()
    {
        var reader = new X12SegmentReader(X12Segments.Bytes(X12Samples.Isa() + "HI*ABK:J020^ABF:R509~"));
        reader.Read();
        reader.Read();

        Assert.Equal("ABK", System.Text.Encoding.ASCII.GetString(reader.Component(1, 1)));
        Assert.Equal("J020", System.Text.Encoding.ASCII.GetString(reader.Component(1, 2)));
        Assert.Equal("ABF:R509", System.Text.Encoding.ASCII.GetString(reader.Repetition(1, 2)));
        Assert.True(reader.Repetition(1, 3).IsEmpty);
    }

    [Theory]
    [InlineData("GS*HC~", X12ErrorCodes.NotX12, 1, 0)]
    [InlineData("", X12ErrorCodes.Empty, 0, 0)]
    [InlineData("ISA*00*", X12ErrorCodes.Truncated, 1, 7)]
    public void Unreadable_input_throws_with_code_and_position(string text, string code, long ordinal, long offset)
    {
        X12FormatException error = X12Segments.ReadError(X12Segments.Bytes(text));

        Assert.Equal(code, error.Code);
        Assert.Equal(ordinal, error.SegmentOrdinal);
        Assert.Equal(offset, error.ByteOffset);
        Assert.EndsWith($"(segment {ordinal}, byte offset {offset})", error.Message);
    }

    [Theory]
    [InlineData(107)]
    [InlineData(150)]
    [InlineData(4096)]
    public void Stream_reader_gives_the_same_segments_at_any_buffer_size(int bufferSize)
    {
        byte[] data = X12Segments.Bytes(X12Samples.Interchange("\r\n") + X12Samples.Interchange("\n", "000000002"));

        Assert.Equal(X12Segments.Read(data), X12Segments.ReadStreamed(data, bufferSize));
    }

    [Fact]
    public void Segment_members_are_empty_before_the_first_read()
    {
        var reader = new X12SegmentReader(X12Segments.Bytes(X12Samples.Interchange()));

        Assert.True(reader.SegmentId.IsEmpty);
        Assert.Equal(0, reader.ElementCount);
        Assert.True(reader.Element(1).IsEmpty);
        Assert.True(reader.RawSegment.IsEmpty);
    }

    [Fact]
    public void Unknown_but_well_formed_segments_read_like_any_other()
    {
        List<string[]> segments = X12Segments.Read(X12Samples.Isa() + "ZZ9*A*B~XYZ~IEA*0*000000001~");

        Assert.Equal(["ZZ9", "A", "B"], segments[1]);
        Assert.Equal(["XYZ"], segments[2]);
    }
}
