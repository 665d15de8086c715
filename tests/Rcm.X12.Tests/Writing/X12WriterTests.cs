using System.Buffers;
using System.Text;
using Rcm.X12.Reading;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Writing;

public class X12WriterTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 3, 4, 13, 7, 0, TimeSpan.Zero));

    private static string Write(Action<X12Writer> body, X12WriterOptions? options = null)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new X12Writer(output, options ?? new X12WriterOptions { TimeProvider = Clock }))
        {
            body(writer);
        }

        return Encoding.ASCII.GetString(output.WrittenSpan);
    }

    private static void Envelope(X12Writer w, Action<X12Writer> transactions)
    {
        w.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "SENDER", ReceiverQualifier = "ZZ", ReceiverId = "RECEIVER" });
        w.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HC", SenderCode = "S", ReceiverCode = "R", Version = "005010X222A1" });
        transactions(w);
        w.EndGroup();
        w.EndInterchange();
    }

    [Fact]
    public void Writes_isa_with_fixed_width_fields_dates_from_the_clock_and_sequential_control_numbers()
    {
        string text = Write(w => Envelope(w, _ => { }));
        string isa = text[..text.IndexOf('~')];
        Assert.Equal(105, isa.Length);
        Assert.Equal("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260304*1307*^*00501*000000001*0*P*:", isa);
        Assert.Contains("GS*HC*S*R*20260304*1307*1*X*005010X222A1~", text, StringComparison.Ordinal);
        Assert.EndsWith("GE*0*1~IEA*1*000000001~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_segments_transactions_and_groups_in_the_trailers()
    {
        string text = Write(w => Envelope(w, x =>
        {
            x.BeginTransaction("837", null, "005010X222A1");
            x.WriteSegment("BHT", "0019", "00", "1", "20260304", "1307", "CH");
            x.WriteSegment("NM1", "41", "2", "ACME");
            x.EndTransaction();
            x.BeginTransaction("837", null, "005010X222A1");
            x.EndTransaction();
        }));

        Assert.Contains("ST*837*0001*005010X222A1~BHT*0019*00*1*20260304*1307*CH~NM1*41*2*ACME~SE*4*0001~", text, StringComparison.Ordinal);
        Assert.Contains("ST*837*0002*005010X222A1~SE*2*0002~GE*2*1~IEA*1*000000001~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_control_numbers_from_the_injected_source()
    {
        var options = new X12WriterOptions { TimeProvider = Clock, ControlNumbers = new SequentialControlNumberSource(41) };
        string text = Write(w => Envelope(w, x => { x.BeginTransaction("835"); x.EndTransaction(); }), options);
        Assert.Contains("*000000041*0*P*:~", text, StringComparison.Ordinal);
        Assert.Contains("*41*X*005010X222A1~ST*835*0041~SE*2*0041~GE*1*41~IEA*1*000000041~", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "A", "", "" }, "XX*A~")]
    [InlineData(new[] { "", "B" }, "XX**B~")]
    [InlineData(new[] { "", "", "" }, "XX~")]
    [InlineData(new[] { "A", null, "C", null }, "XX*A**C~")]
    public void Drops_trailing_empty_elements_and_keeps_inner_ones(string?[] elements, string expected)
    {
        Assert.Equal(expected, Write(w => w.WriteSegment("XX", elements)));
    }

    [Fact]
    public void Drops_trailing_empty_components_and_keeps_inner_ones()
    {
        string text = Write(w =>
        {
            w.BeginSegment("SV1");
            w.WriteElement("HC");
            w.WriteComponent("99213");
            w.WriteComponent("");
            w.WriteComponent("25");
            w.WriteComponent((string?)null);
            w.WriteDecimal(125.50m);
            w.WriteEmptyElement();
            w.WriteComponent("X");
            w.EndSegment();
        });
        Assert.Equal("SV1*HC:99213::25*125.50*:X~", text);
        Assert.Equal("A:B", new X12Writer(new ArrayBufferWriter<byte>()).Composite("A", "B", null, ""));
    }

    [Fact]
    public void Uses_the_chosen_delimiters_and_line_break()
    {
        var options = new X12WriterOptions
        {
            TimeProvider = Clock,
            Delimiters = new X12Delimiters((byte)'|', (byte)'>', (byte)'!', (byte)'\n'),
        };
        string text = Write(w => Envelope(w, x => { x.BeginTransaction("837"); x.WriteSegment("HI", x.Composite("ABK", "J020")); x.EndTransaction(); }), options);
        Assert.StartsWith("ISA|00|", text, StringComparison.Ordinal);
        Assert.Contains("|!|00501|000000001|0|P|>\nGS|", text, StringComparison.Ordinal);
        Assert.Contains("\nHI|ABK>J020\nSE|3|0001\n", text, StringComparison.Ordinal);

        string crlf = Write(w => w.WriteSegment("LX", "1"), new X12WriterOptions { LineBreak = "\r\n" });
        Assert.Equal("LX*1~\r\n", crlf);
    }

    [Fact]
    public void Output_reads_back_with_the_reader_and_its_declared_delimiters()
    {
        var options = new X12WriterOptions { TimeProvider = Clock, Delimiters = new X12Delimiters((byte)'^', (byte)'>', (byte)'{', (byte)'~'), LineBreak = "\r\n" };
        byte[] bytes = Encoding.ASCII.GetBytes(Write(w => Envelope(w, x => { x.BeginTransaction("837"); x.WriteSegment("NM1", "41", "2", "ACME"); x.EndTransaction(); }), options));
        var reader = new X12SegmentReader(bytes);
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetSegmentId());
        }

        Assert.Equal(["ISA", "GS", "ST", "NM1", "SE", "GE", "IEA"], ids);
    }

    [Fact]
    public void Writes_values_in_x12_formats()
    {
        string text = Write(w =>
        {
            w.BeginSegment("DTP");
            w.WriteElement("472");
            w.WriteElement("RD8");
            w.WriteDateRange(new DateOnly(2024, 1, 5), new DateOnly(2024, 2, 29));
            w.WriteDate(new DateOnly(999, 12, 31));
            w.WriteTime(new TimeOnly(7, 5));
            w.WriteInteger(-12);
            w.WriteDecimal(-0.5m);
            w.EndSegment();
        });
        Assert.Equal("DTP*472*RD8*20240105-20240229*09991231*0705*-12*-0.5~", text);
    }

    [Fact]
    public void Stream_output_equals_buffer_output_across_many_flushes()
    {
        void Body(X12Writer w) => Envelope(w, x =>
        {
            x.BeginTransaction("837");
            for (int i = 0; i < 20_000; i++)
            {
                x.WriteSegment("NM1", "IL", "1", "LAST" + i, "FIRST");
            }

            x.EndTransaction();
        });

        string buffered = Write(Body);
        using var stream = new MemoryStream();
        using (var writer = new X12Writer(stream, new X12WriterOptions { TimeProvider = Clock }))
        {
            Body(writer);
        }

        Assert.True(stream.Length > 256 * 1024);
        Assert.Equal(buffered, Encoding.ASCII.GetString(stream.ToArray()));
        Assert.Contains("SE*20002*0001~", buffered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A*B")]
    [InlineData("A~B")]
    public void Rejects_a_value_holding_the_element_separator_or_terminator(string value)
    {
        var writer = new X12Writer(new ArrayBufferWriter<byte>());
        writer.BeginSegment("NM1");
        Assert.Throws<ArgumentException>(() => writer.WriteElement(value));
    }

    [Fact]
    public void Rejects_envelope_calls_out_of_order()
    {
        var writer = new X12Writer(new ArrayBufferWriter<byte>(), new X12WriterOptions { TimeProvider = Clock });
        Assert.Throws<InvalidOperationException>(() => writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HC", SenderCode = "S", ReceiverCode = "R", Version = "V" }));
        Assert.Throws<InvalidOperationException>(() => writer.BeginTransaction("837"));
        Assert.Throws<InvalidOperationException>(() => writer.EndInterchange());
        Assert.Throws<InvalidOperationException>(() => writer.EndSegment());
        Assert.Throws<InvalidOperationException>(() => writer.WriteElement("x"));
        writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "S", ReceiverQualifier = "ZZ", ReceiverId = "R" });
        Assert.Throws<InvalidOperationException>(() => writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "S", ReceiverQualifier = "ZZ", ReceiverId = "R" }));
    }

    [Theory]
    [InlineData("SENDER-ID-LONGER-THAN-15")]
    public void Rejects_an_isa_field_longer_than_its_fixed_width(string senderId)
    {
        var writer = new X12Writer(new ArrayBufferWriter<byte>(), new X12WriterOptions { TimeProvider = Clock });
        Assert.Throws<ArgumentException>(() => writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = senderId, ReceiverQualifier = "ZZ", ReceiverId = "R" }));
    }

    [Fact]
    public void Rejects_delimiters_that_cannot_work()
    {
        Assert.Throws<ArgumentException>(() => new X12Writer(new ArrayBufferWriter<byte>(), new X12WriterOptions { Delimiters = new X12Delimiters((byte)'*', (byte)'*', (byte)'^', (byte)'~') }));
        Assert.Throws<ArgumentException>(() => new X12Writer(new ArrayBufferWriter<byte>(), new X12WriterOptions { Delimiters = new X12Delimiters((byte)'A', (byte)':', (byte)'^', (byte)'~') }));
    }
}
