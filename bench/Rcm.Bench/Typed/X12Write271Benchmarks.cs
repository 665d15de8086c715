using System.Buffers;
using BenchmarkDotNet.Attributes;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Writing;

namespace Rcm.Bench.Typed;

/// <summary>Writing a typed 271 of about 1 and 100 MB (MB/s = bytes written / mean).</summary>
[MemoryDiagnoser]
public class X12Write271Benchmarks
{
    private EligibilityResponse271 _response = new();
    private ArrayBufferWriter<byte> _output = new();

    [Params(1, 100)]
    public int SizeMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _response = EligibilityResponseFactory.Create((long)SizeMb << 20);
        _output = new ArrayBufferWriter<byte>((SizeMb + 8) << 20);
        Console.WriteLine($"// 271 written: {Write271()} bytes");
    }

    [Benchmark]
    public int Write271()
    {
        _output.ResetWrittenCount();
        using (var writer = new X12Writer(_output, new X12WriterOptions { ControlNumbers = new SequentialControlNumberSource() }))
        {
            writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "PAYER", ReceiverQualifier = "ZZ", ReceiverId = "CLINIC", Date = "260105", Time = "1200" });
            writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HB", SenderCode = "PAYER", ReceiverCode = "CLINIC", Version = "005010X279A1", Date = "20260105", Time = "1200" });
            EligibilityWriter.Write(writer, _response);
            writer.EndGroup();
            writer.EndInterchange();
        }

        return _output.WrittenCount;
    }
}
