using System.Buffers;
using BenchmarkDotNet.Attributes;
using Rcm.Bench.Generators;
using Rcm.X12.Transactions;
using Rcm.X12.Writing;

namespace Rcm.Bench.Typed;

/// <summary>
/// Typed parse of generated 837P and 835 files, and typed writing of the parsed content back to X12, beside the
/// tokenizing walk on the same buffer (baseline). MB/s = file MB / mean.
/// </summary>
[MemoryDiagnoser]
public class X12TypedBenchmarks
{
    private byte[] _data = [];
    private X12ParseResult _parsed = new();
    private ArrayBufferWriter<byte> _output = new();

    [Params(1, 100)]
    public int SizeMb { get; set; }

    [Params(X12BenchFileKind.Claims837P, X12BenchFileKind.Remittance835)]
    public X12BenchFileKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = X12BenchFileGenerator.Generate(Kind, (long)SizeMb << 20, lineBreaks: false);
        _parsed = X12TransactionParser.Parse(_data);
        _output = new ArrayBufferWriter<byte>(_data.Length + (1 << 20));
        Console.WriteLine($"// {X12BenchFileGenerator.FileName(Kind, SizeMb, false)}: {_data.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public long Tokenize() => Reading.SegmentWalk.TouchAll(_data).ElementBytes;

    [Benchmark]
    public int TypedParse() => X12TransactionParser.Parse(_data).Interchanges.Count;

    [Benchmark]
    public int TypedWrite()
    {
        _output.ResetWrittenCount();
        using (var writer = new X12Writer(_output, new X12WriterOptions { ControlNumbers = new SequentialControlNumberSource() }))
        {
            X12TransactionWriter.Write(writer, _parsed.Interchanges);
        }

        return _output.WrittenCount;
    }
}
