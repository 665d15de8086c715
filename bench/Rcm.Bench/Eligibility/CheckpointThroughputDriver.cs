using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;
using Rcm.Sandbox.Hosting;

namespace Rcm.Bench.Eligibility;

/// <summary>
/// `eligibility [--checks 20000] [--inflight 100] [--warmup 10000] [--runs 5]`: real-time checks (270 built, HTTP POST,
/// 271 read into an outcome) against the in-process sandbox with N in flight; reports checks/s and p50/p99 latency
/// per check, the median over runs, beside PERFORMANCE.md (p50 ≤ 10 ms, p99 ≤ 50 ms, ≥ 1,000 checks/s).
/// </summary>
internal static class CheckpointThroughputDriver
{
    private sealed record Person(string FirstName, string LastName, DateOnly BirthDate);

    private sealed record Member(string PayerId, string MemberId, Person Person, bool IsDependent, Person? Subscriber);

    public static int Run(BenchArgs args)
    {
        int checks = int.Parse(args.Get("checks", "20000"), CultureInfo.InvariantCulture);
        int inflight = int.Parse(args.Get("inflight", "100"), CultureInfo.InvariantCulture);
        int warmup = int.Parse(args.Get("warmup", "10000"), CultureInfo.InvariantCulture);
        int runs = int.Parse(args.Get("runs", "5"), CultureInfo.InvariantCulture);
        return RunAsync(checks, inflight, warmup, runs).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int checks, int inflight, int warmup, int runs)
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { FreezeClock = true });
        using var control = new HttpClient { BaseAddress = sandbox.BaseUrl };
        var members = (await control.GetFromJsonAsync<List<Member>>("/control/members?all=true", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!
            .Where(m => !m.IsDependent).ToArray();
        var today = DateOnly.FromDateTime((await control.GetFromJsonAsync<JsonElement>("/control/clock")).GetProperty("now").GetDateTimeOffset().UtcDateTime);
        var inquiries = members.Select(m => (new PayerEndpoint(new Uri(sandbox.BaseUrl, "/x12"), m.PayerId),
            new EligibilityInquiry(m.PayerId, m.MemberId, m.Person.FirstName, m.Person.LastName, m.Person.BirthDate, today))).ToArray();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = inflight, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        { Timeout = Timeout.InfiniteTimeSpan };
        var checker = new EligibilityChecker(new X12HttpPayerConnection(http), new Eligibility270Builder(TimeProvider.System));

        await Measure(checker, inquiries, warmup, inflight);
        var results = new List<(double Rate, double P50, double P99, int Unreachable)>();
        for (int r = 0; r < runs; r++)
        {
            var res = await Measure(checker, inquiries, checks, inflight);
            results.Add(res);
            Console.WriteLine($"run {r + 1}: {checks} checks, {inflight} in flight: {res.Rate:0} checks/s, p50 {res.P50:0.00} ms, p99 {res.P99:0.00} ms, unreachable {res.Unreachable}");
        }

        double Median(Func<(double Rate, double P50, double P99, int Unreachable), double> f) => results.Select(f).OrderBy(x => x).ElementAt(results.Count / 2);
        double rate = Median(x => x.Rate), p50 = Median(x => x.P50), p99 = Median(x => x.P99);
        Console.WriteLine($"median: {rate:0} checks/s (target ≥ 1000: {rate / 1000:0.00}×), p50 {p50:0.00} ms (target ≤ 10: {(p50 <= 10 ? "met" : "missed")}), " +
                          $"p99 {p99:0.00} ms (target ≤ 50: {(p99 <= 50 ? "met" : "missed")})");
        return results.Any(x => x.Unreachable > 0) ? 1 : 0;
    }

    private static async Task<(double Rate, double P50, double P99, int Unreachable)> Measure(EligibilityChecker checker,
        (PayerEndpoint Endpoint, EligibilityInquiry Inquiry)[] inquiries, int count, int inflight)
    {
        var latencies = new double[count];
        int next = -1, unreachable = 0;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, inflight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var (endpoint, inquiry) = inquiries[i % inquiries.Length];
                long start = Stopwatch.GetTimestamp();
                var outcome = await checker.CheckAsync(endpoint, inquiry, CancellationToken.None);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (outcome.Status == EligibilityStatus.Unreachable) Interlocked.Increment(ref unreachable);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        wall.Stop();
        Array.Sort(latencies);
        return (count / wall.Elapsed.TotalSeconds, latencies[(int)(count * 0.50)], latencies[Math.Min(count - 1, (int)(count * 0.99))], unreachable);
    }
}
