using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Tests.Support;
using Rcm.X12;

namespace Rcm.Sandbox.Tests.Faults;

/// <summary>
/// Faults set per payer through <c>POST /control/payers/{id}/faults</c>: latency, 503s, timeouts, malformed X12,
/// duplicate 835 delivery; other payers keep answering normally. Each test clears the faults it set.
/// </summary>
public sealed class FaultInjectionTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxFixture _fixture;

    public FaultInjectionTests(SandboxFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.Http.DeleteAsync("/control/faults");

    public async Task DisposeAsync() => await _fixture.Http.DeleteAsync("/control/faults");

    private async Task SetAsync(string payer, object faults)
    {
        using HttpResponseMessage response = await _fixture.Http.PostAsJsonAsync($"/control/payers/{payer}/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    private static HttpContent Eligibility(string payer)
    {
        Member m = Scenarios.Get(payer, "active");
        var content = new ByteArrayContent(X12Requests.Eligibility(m.PayerId, m.MemberId, m.Person.LastName, m.Person.FirstName, m.Person.BirthDate));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        return content;
    }

    [Fact]
    public async Task Latency_delays_only_that_payer()
    {
        await SetAsync("SBX02", new { latencyMs = 1000 });
        var slow = Stopwatch.StartNew();
        using (HttpResponseMessage r = await _fixture.Http.PostAsync("/x12", Eligibility("SBX02")))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        slow.Stop();
        var fast = Stopwatch.StartNew();
        using (HttpResponseMessage r = await _fixture.Http.PostAsync("/x12", Eligibility("SBX01")))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        fast.Stop();
        // Timer resolution may wake a delay a few milliseconds early; a loaded CI machine may slow the fast call.
        Assert.True(slow.ElapsedMilliseconds >= 980, $"took {slow.ElapsedMilliseconds} ms");
        Assert.True(fast.ElapsedMilliseconds < slow.ElapsedMilliseconds, $"unaffected payer took {fast.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Server_error_rate_one_answers_503_with_retry_after()
    {
        await SetAsync("SBX03", new { serverErrorRate = 1.0 });
        using HttpResponseMessage r = await _fixture.Http.PostAsync("/x12", Eligibility("SBX03"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.NotNull(r.Headers.RetryAfter);
        using HttpResponseMessage ok = await _fixture.Http.PostAsync("/x12", Eligibility("SBX01"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Timeout_fault_never_answers_so_the_client_times_out()
    {
        await SetAsync("SBX04", new { timeoutRate = 1.0, timeoutSeconds = 30 });
        using var client = new HttpClient { BaseAddress = _fixture.BaseUrl, Timeout = TimeSpan.FromSeconds(1) };
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TaskCanceledException>(() => client.PostAsync("/x12", Eligibility("SBX04")));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.9, 10);
    }

    [Fact]
    public async Task Malformed_fault_returns_200_with_x12_cut_mid_segment()
    {
        await SetAsync("SBX01", new { malformedRate = 1.0 });
        using HttpResponseMessage r = await _fixture.Http.PostAsync("/x12", Eligibility("SBX01"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        byte[] body = await r.Content.ReadAsByteArrayAsync();
        bool broken;
        try
        {
            EdiDocument doc = EdiDocument.Parse(body);
            broken = !doc.Segments.Any(s => s.Is("IEA")) || !Rcm.X12.Validation.X12Validator.Validate(body).IsValid;
        }
        catch (X12FormatException)
        {
            broken = true;
        }

        Assert.True(broken, "a malformed response must not read as a complete, valid 271");
    }

    [Fact]
    public async Task Duplicate_835_fault_delivers_the_same_remittance_twice()
    {
        await _fixture.ResetClockAsync();
        await SetAsync("SBX02", new { duplicate835 = true });
        var ch = new Clearinghouse(_fixture.Http);
        Member m = Scenarios.Get("SBX02", "deductible_met");
        await ch.UploadAsync(X12Requests.Claims([Scenarios.ClaimFor(m, "DUPREM1").WithLines(new LineSpec("99213", 120m, new DateOnly(2026, 2, 27)))]));
        await _fixture.AdvanceDaysAsync(20);
        var files = (await ch.FilesAsync("835")).Where(f => f.Name.Contains("SBX02", StringComparison.Ordinal)).ToList();
        var withClaim = new List<byte[]>();
        foreach ((string name, _) in files)
        {
            byte[] bytes = await ch.ReadAsync(name);
            if (EdiDocument.Parse(bytes).Segments.Any(s => s.Is("CLP") && s[1] == "DUPREM1"))
            {
                withClaim.Add(bytes);
            }
        }

        Assert.Equal(2, withClaim.Count);
        Assert.Equal(withClaim[0], withClaim[1]);
    }

    [Fact]
    public async Task Portal_pages_get_the_payers_latency_and_server_errors()
    {
        await SetAsync("SBX04", new { latencyMs = 400 });
        var watch = Stopwatch.StartNew();
        using (HttpResponseMessage slow = await _fixture.Http.GetAsync("/portal/SBX04/login"))
        {
            Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        }

        Assert.True(watch.ElapsedMilliseconds >= 380, $"took {watch.ElapsedMilliseconds} ms");
        await SetAsync("SBX04", new { serverErrorRate = 1.0 });
        using HttpResponseMessage down = await _fixture.Http.GetAsync("/portal/SBX04/login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        using HttpResponseMessage other = await _fixture.Http.GetAsync("/portal/SBX01/login");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Claim_upload_gets_the_payers_server_errors()
    {
        await SetAsync("SBX03", new { serverErrorRate = 1.0 });
        Member m = Scenarios.Get("SBX03", "active");
        using var content = new ByteArrayContent(X12Requests.Claims([Scenarios.ClaimFor(m, "FLT001").WithLines(new LineSpec("99213", 90m, new DateOnly(2026, 2, 27)))]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using HttpResponseMessage r = await _fixture.Http.PostAsync("/clearinghouse/claims", content);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
    }

    [Fact]
    public async Task Faults_can_come_from_the_data_file()
    {
        var data = System.Text.Json.Nodes.JsonNode.Parse(SandboxDefaultJson())!;
        data["payers"]![2]!["faults"] = new System.Text.Json.Nodes.JsonObject { ["serverErrorRate"] = 1.0 };
        string path = Path.Combine(Path.GetTempPath(), $"sbx-faults-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, data.ToJsonString());
        try
        {
            await using var sandbox = await Rcm.Sandbox.Hosting.SandboxHost.StartAsync(new Rcm.Sandbox.Hosting.SandboxOptions { DataFile = path, FreezeClock = true });
            using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
            using HttpResponseMessage down = await http.PostAsync("/x12", Eligibility("SBX03"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            using HttpResponseMessage up = await http.PostAsync("/x12", Eligibility("SBX01"));
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string SandboxDefaultJson()
    {
        using Stream stream = typeof(Rcm.Sandbox.Payers.SandboxDataLoader).Assembly.GetManifestResourceStream("Rcm.Sandbox.Data.sandbox-data.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public async Task Faults_for_an_unknown_payer_are_404()
    {
        using HttpResponseMessage r = await _fixture.Http.PostAsJsonAsync("/control/payers/NOPE/faults", new { latencyMs = 1 });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}
