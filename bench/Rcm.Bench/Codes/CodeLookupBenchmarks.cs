using BenchmarkDotNet.Attributes;
using Rcm.Codes;

namespace Rcm.Bench.Codes;

/// <summary>
/// Dated look-ups per second (PERFORMANCE.md: ≥ 20 M per second per core, allocation-free). Each
/// invocation does 1,024 look-ups over a mix of codes, found and not found, so the figure is per look-up
/// = reported time / 1,024.
/// Run: dotnet run -c Release --project bench/Rcm.Bench -- --filter '*CodeLookup*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class CodeLookupBenchmarks
{
    private const int Batch = 1024;
    private CodeSets _codes = null!;
    private ulong[] _icd = null!;
    private ulong[] _col1 = null!;
    private ulong[] _col2 = null!;
    private ulong[] _hcpcs = null!;
    private byte[][] _icdBytes = null!;
    private readonly DateOnly _dos = new(2024, 8, 15);

    [GlobalSetup]
    public void Setup()
    {
        _codes = CodeSets.LoadShipped();
        var rnd = new Random(42);
        // Real rows picked at random plus 10% unknown codes, as a claim stream would have.
        var icdRows = _codes.Icd10.Codes.Rows().Select(r => r.Key).Distinct().ToArray();
        var pairRows = _codes.Ncci.Pairs.Rows().Select(r => r.Key).ToArray();
        var hcpcsRows = _codes.Hcpcs.Rows().Select(r => r.Key).ToArray();
        _icd = Pick(icdRows, rnd, CodeKey.Pack("Q9999"));
        ulong[] pairs = Pick(pairRows, rnd, CodeKey.Pack("9999999999"));
        _col1 = pairs.Select(p => CodeKey.SplitPair(p).First).ToArray();
        _col2 = pairs.Select(p => CodeKey.SplitPair(p).Second).ToArray();
        _hcpcs = Pick(hcpcsRows, rnd, CodeKey.Pack("Z9999"));
        _icdBytes = _icd.Select(k => System.Text.Encoding.ASCII.GetBytes(CodeKey.Unpack(k))).ToArray();
    }

    private static ulong[] Pick(ulong[] from, Random rnd, ulong missing) =>
        Enumerable.Range(0, Batch).Select(i => i % 10 == 9 ? missing : from[rnd.Next(from.Length)]).ToArray();

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Icd10_by_key()
    {
        int n = 0;
        foreach (ulong k in _icd)
        {
            n += _codes.Icd10.Lookup(k, _dos).IsBillable ? 1 : 0;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Icd10_from_ascii_bytes()
    {
        int n = 0;
        foreach (byte[] b in _icdBytes)
        {
            n += _codes.Icd10.Lookup(b, _dos).IsBillable ? 1 : 0;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Ncci_pair()
    {
        int n = 0;
        for (int i = 0; i < Batch; i++)
        {
            n += _codes.Ncci.FindPair(_col1[i], _col2[i], _dos).Applies ? 1 : 0;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Mue()
    {
        int n = 0;
        foreach (ulong k in _col2)
        {
            n += _codes.Mue.Find(k, _dos).MaxUnits;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Hcpcs()
    {
        int n = 0;
        foreach (ulong k in _hcpcs)
        {
            n += _codes.Hcpcs.Lookup(k, _dos).IsValid ? 1 : 0;
        }
        return n;
    }
}
