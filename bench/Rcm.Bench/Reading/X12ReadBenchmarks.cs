using BenchmarkDotNet.Attributes;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;

namespace Rcm.Bench.Reading;

/// <summary>
/// Tokenizing (every segment read, every element touched) beside the two limit probes on the same buffer.
/// MB/s = file MB / mean; the file sizes are printed by <c>GlobalSetup</c> and the <c>measure</c> verb.
/// </summary>
[MemoryDiagnoser]
public class X12ReadBenchmarks
{
    private byte[] _data = [];

    [Params(1, 100)]
    public int SizeMb { get; set; }

    [Params(X12BenchFileKind.Claims837P, X12BenchFileKind.Remittance835)]
    public X12BenchFileKind Kind { get; set; }

    [Params(false, true)]
    public bool LineBreaks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = X12BenchFileGenerator.Generate(Kind, (long)SizeMb << 20, LineBreaks);
        Console.WriteLine($"// {X12BenchFileGenerator.FileName(Kind, SizeMb, LineBreaks)}: {_data.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public long Tokenize() => SegmentWalk.TouchAll(_data).ElementBytes;

    [Benchmark]
    public ulong ProbeSum() => MemoryProbe.Sum(_data);

    [Benchmark]
    public long ProbeCountDelimiters() => MemoryProbe.CountDelimiters(_data, (byte)'*', (byte)'~');
}
