using BenchmarkDotNet.Attributes;
using Rcm.Core.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;

namespace Rcm.Bench.Validation;

/// <summary>
/// Claims validated per second on one thread, with every built-in edit, the example payer rules and the shipped code sets
/// (ICD-10-CM, HCPCS, NCCI PTP, MUE, add-on edits) loaded. Target (PERFORMANCE.md): ≥ 200,000 claims/s/core.
/// Run: dotnet run -c Release --project bench/Rcm.Bench -- --filter '*ClaimValidation*' --job short
/// Claims/s = 1e9 / Mean (ns), since each operation is one claim.
/// </summary>
[MemoryDiagnoser]
public class ClaimValidationBenchmarks
{
    private const int Count = 10_000;
    private List<Claim> _claims = [];
    private ClaimValidator _validator = null!;
    private readonly FindingCollector _findings = new();

    [GlobalSetup]
    public void Setup()
    {
        var today = new DateOnly(2026, 11, 27);
        var time = new FixedClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var rules = Path.Combine(FindRepository(), "src", "Rcm.Core", "Validation", "PayerRules", "Examples");
        _validator = new ClaimValidator(CodesReferenceData.LoadShipped(), PayerRuleBook.Load(rules), time);
        _claims = ClaimValidationData.Create(Count, 42, today);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ValidateClaims()
    {
        int blocked = 0;
        var findings = _findings;
        foreach (var claim in _claims)
        {
            _validator.Validate(claim, findings);
            blocked += findings.HasBlocking ? 1 : 0;
        }

        return blocked;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
            {
                return dir.FullName;
            }
        }

        return Environment.GetEnvironmentVariable("RCM_REPO_ROOT") ?? Directory.GetCurrentDirectory();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
