using BenchmarkDotNet.Attributes;
using Rcm.Codes;

namespace Rcm.Bench.Codes;

/// <summary>
/// Loading every shipped set (PERFORMANCE.md: ≤ 1 s and ≤ 400 MB at start). The memory diagnoser's
/// "Allocated" column is the managed memory the load allocates.
/// Run: dotnet run -c Release --project bench/Rcm.Bench -- --filter '*CodeSetLoad*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class CodeSetLoadBenchmarks
{
    [Benchmark]
    public int Load_all_shipped_sets() => CodeSets.LoadShipped().All.Sum(s => s.RowCount);

    [Benchmark]
    public int Load_ncci_ptp_only() => Rcm.Codes.Storage.CodeSetStore.Load(null, CodeSetIds.NcciPtp).RowCount;
}
