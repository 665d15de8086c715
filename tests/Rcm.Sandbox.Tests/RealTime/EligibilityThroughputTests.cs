using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;
using Xunit.Abstractions;

namespace Rcm.Sandbox.Tests.RealTime;

/// <summary>
/// The sandbox must not be the bottleneck of OpenRCM's eligibility checkpoint (PERFORMANCE.md: p50 ≤ 10 ms, p99 ≤ 50
/// ms with 100 in flight). A bounded burst on loopback: 2,000 requests, 100 in flight; the bound asserted is loose
/// (shared 2-core machines are noisy) and the measured figures are printed.
/// </summary>
public sealed class EligibilityThroughputTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;
    private readonly ITestOutputHelper _output;

    public EligibilityThroughputTests(SandboxFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Two_thousand_checks_with_a_hundred_in_flight_all_answer_quickly()
    {
        Member m = Scenarios.Get("SBX01", "active");
        byte[] request = X12Requests.Eligibility(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 }) { BaseAddress = _fixture.BaseUrl };
        async Task<double> OneAsync()
        {
            using var content = new ByteArrayContent(request);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
            long start = Stopwatch.GetTimestamp();
            using HttpResponseMessage response = await http.PostAsync("/x12", content);
            await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        // Warm-up with the same concurrency: JIT, the connection pool and the thread pool's growth are not measured.
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => OneAsync()));
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => OneAsync()));

        var latencies = new List<double>();
        var gate = new SemaphoreSlim(100);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 2000).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                double ms = await OneAsync();
                lock (latencies)
                {
                    latencies.Add(ms);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        total.Stop();
        latencies.Sort();
        double p50 = latencies[latencies.Count / 2], p99 = latencies[(int)(latencies.Count * 0.99)];
        double rate = latencies.Count / total.Elapsed.TotalSeconds;
        _output.WriteLine($"eligibility: {latencies.Count} checks, {rate:F0}/s, p50 {p50:F1} ms, p99 {p99:F1} ms (100 in flight, same process)");
        Assert.True(rate > 200, $"only {rate:F0} checks/s");
        Assert.True(p99 < 2000, $"p99 {p99:F0} ms");
    }
}
