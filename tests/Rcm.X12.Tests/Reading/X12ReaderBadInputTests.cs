using System.Text;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Reading;

/// <summary>Unreadable input: every case throws one X12FormatException with its code and exact position.</summary>
public class X12ReaderBadInputTests
{
    private static readonly string Isa = X12Samples.Isa();
    private static readonly int InterchangeLength = X12Samples.Interchange().Length;

    public static TheoryData<string, byte[], string, long, long> Cases => new()
    {
        { "empty input", [], X12ErrorCodes.Empty, 0, 0 },
        { "only line breaks", Bytes("\r\n\r\n"), X12ErrorCodes.Empty, 0, 4 },
        { "only a byte order mark", [0xEF, 0xBB, 0xBF], X12ErrorCodes.Empty, 0, 3 },
        { "prose, not X12", Bytes("Example 1 - Commercial Health Insurance\nISA*00*"), X12ErrorCodes.NotX12, 1, 0 },
        { "starts at GS (no ISA line)", Bytes("GS*HC*A*B*20240101*1200*1*X*005010X222A1~"), X12ErrorCodes.NotX12, 1, 0 },
        { "byte order mark then ST", [0xEF, 0xBB, 0xBF, .. Bytes("ST*835*1234~")], X12ErrorCodes.NotX12, 1, 3 },
        { "binary file (PNG header)", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], X12ErrorCodes.NotX12, 1, 0 },
        { "ISA cut short", Bytes("ISA*00*          *00"), X12ErrorCodes.Truncated, 1, 20 },
        { "ISA02 one space short (105-byte ISA)", Bytes(Isa.Remove(7, 1) + "GS*HC~"), X12ErrorCodes.MalformedIsa, 1, 16 },
        { "ISA06 one byte long (107-byte ISA)", Bytes(Isa.Insert(35, "X") + "GS*HC~"), X12ErrorCodes.MalformedIsa, 1, 50 },
        { "ISA16 equal to the element separator", Bytes(Isa[..104] + "*~GS*HC~"), X12ErrorCodes.MalformedIsa, 1, 104 },
        { "segment terminator is a letter", Bytes(Isa[..105] + "XGS*HCX"), X12ErrorCodes.InvalidDelimiters, 1, 105 },
        { "terminator equal to component separator", Bytes(Isa[..105] + ":GS*HC:"), X12ErrorCodes.InvalidDelimiters, 1, 105 },
        { "repetition separator equal to component", Bytes(Isa[..82] + ":" + Isa[83..] + "GS*HC~"), X12ErrorCodes.InvalidDelimiters, 1, 82 },
        { "control character inside ISA06", Bytes(Isa[..40] + "\u0001" + Isa[41..] + "GS*HC~"), X12ErrorCodes.ControlCharacter, 1, 40 },
        { "last segment without terminator", Bytes(Isa + "GS*HC*A"), X12ErrorCodes.Truncated, 2, 106 },
        { "truncated after line break", Bytes(Isa + "\r\nGS*HC~\r\nST*837"), X12ErrorCodes.Truncated, 3, 116 },
        { "binary junk inside a segment", Bytes(Isa + "GS*H\u0001C~"), X12ErrorCodes.ControlCharacter, 2, 110 },
        { "NUL padding after the last segment", Bytes(Isa + "IEA*1*000000001~\0\0\0"), X12ErrorCodes.ControlCharacter, 3, 122 },
        { "tab inside a segment", Bytes(Isa + "NM1*41\t*2~"), X12ErrorCodes.ControlCharacter, 2, 112 },
        { "line break inside a segment", Bytes(Isa + "NM1*41\n*2~"), X12ErrorCodes.ControlCharacter, 2, 112 },
        {
            "second interchange with a broken ISA",
            Bytes(X12Samples.Interchange() + "ISA*00*short*00*" + new string(' ', 100) + "~"),
            X12ErrorCodes.MalformedIsa, 10, InterchangeLength + 12
        },
        { "binary junk after a valid interchange", [.. Bytes(X12Samples.Interchange()), 0x00, 0xFF, 0x13], X12ErrorCodes.ControlCharacter, 10, InterchangeLength },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejects_unreadable_input_with_code_and_position(string name, byte[] input, string code, long ordinal, long offset)
    {
        X12FormatException error = X12Segments.ReadError(input);

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error.Code}: {error.Message}");
        Assert.True(ordinal == error.SegmentOrdinal, $"{name}: expected segment {ordinal}, got {error.SegmentOrdinal}: {error.Message}");
        Assert.True(offset == error.ByteOffset, $"{name}: expected offset {offset}, got {error.ByteOffset}: {error.Message}");
        Assert.EndsWith($"(segment {ordinal}, byte offset {offset})", error.Message);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stream_reader_rejects_the_same_input_at_the_same_position(string name, byte[] input, string code, long ordinal, long offset)
    {
        var error = Assert.Throws<X12FormatException>(() => X12Segments.ReadStreamed(input, 128));

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error.Code}: {error.Message}");
        Assert.Equal(ordinal, error.SegmentOrdinal);
        Assert.Equal(offset, error.ByteOffset);
    }

    [Fact]
    public void Stream_reader_rejects_a_segment_longer_than_its_cap()
    {
        byte[] input = Bytes(X12Samples.Isa() + "GS*" + new string('A', 5000) + "~");
        using var source = new Rcm.X12.Reading.X12StreamReader(new MemoryStream(input), bufferSize: 1024, maxSegmentLength: 2048);

        var error = Assert.Throws<X12FormatException>(() => source.ReadAll((ref Rcm.X12.Reading.X12SegmentReader _) => { }));

        Assert.Equal(X12ErrorCodes.SegmentTooLong, error.Code);
        Assert.Equal(2, error.SegmentOrdinal);
        Assert.Equal(106, error.ByteOffset);
    }

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
