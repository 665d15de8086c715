using BenchmarkDotNet.Attributes;
using Rcm.Bench.Generators;
using Rcm.X12.Validation;

namespace Rcm.Bench.Validation;

/// <summary>
/// BenchmarkDotNet: implementation-guide validation of generated 837P and 835 files (1 and 100 MB) in memory.
/// MB/s = file MB / mean. Run briefly on the shared machine: <c>--filter '*X12Validate*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class X12ValidateBenchmarks
{
    private byte[] _data = [];

    [Params(1, 100)]
    public int SizeMb { get; set; }

    [Params(X12BenchFileKind.Claims837P, X12BenchFileKind.Remittance835)]
    public X12BenchFileKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = X12BenchFileGenerator.Generate(Kind, (long)SizeMb << 20, lineBreaks: false);
        Console.WriteLine($"// {X12BenchFileGenerator.FileName(Kind, SizeMb, false)}: {_data.Length} bytes");
    }

    [Benchmark]
    public long Validate() => X12Validator.Validate(_data).ErrorCount;
}
