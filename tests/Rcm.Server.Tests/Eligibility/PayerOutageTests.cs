using System.Diagnostics;
using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>Fault injection in the sandbox: the connection retries, then reports the payer unreachable; nothing is marked verified.</summary>
public sealed class PayerOutageTests : IClassFixture<SandboxPayer>, IAsyncLifetime
{
    private readonly SandboxPayer _sandbox;

    public PayerOutageTests(SandboxPayer sandbox) => _sandbox = sandbox;

    public Task InitializeAsync() => _sandbox.ClearFaultsAsync();

    public Task DisposeAsync() => _sandbox.ClearFaultsAsync();

    private Task<EligibilityOutcome> CheckActive(RealTimeOptions options) =>
        _sandbox.Checker(new ManualClock(SandboxPayer.ClockStart), options).CheckAsync(new PayerEndpoint(_sandbox.RealTimeUrl, "SBX04"),
            new EligibilityInquiry("SBX04", "HBH900000001", "Casey", "Ashby", new DateOnly(1971, 6, 12), new DateOnly(2026, 3, 2)), CancellationToken.None);

    [Fact]
    public async Task Payer_timeout_is_retried_then_reported_unreachable()
    {
        await _sandbox.SetFaultsAsync("SBX04", new { timeoutRate = 1.0, timeoutSeconds = 30 });
        var options = new RealTimeOptions { AttemptTimeout = TimeSpan.FromMilliseconds(400), MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(20) };
        var watch = Stopwatch.StartNew();
        var o = await CheckActive(options);
        watch.Stop();
        Assert.Equal(EligibilityStatus.Unreachable, o.Status);
        Assert.Equal("Payer unreachable (the payer did not answer in time)", o.Summary);
        Assert.Null(o.Raw271);
        // Three attempts of 400 ms each: well over one attempt, well under the sandbox's 30 s hold.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(1100), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_unreachable()
    {
        await _sandbox.SetFaultsAsync("SBX04", new { serverErrorRate = 1.0 });
        var o = await CheckActive(SandboxPayer.Fast);
        Assert.Equal(EligibilityStatus.Unreachable, o.Status);
        Assert.Contains("HTTP 503", o.Summary);
    }

    [Fact]
    public async Task Cut_off_answer_is_not_taken_as_a_result()
    {
        await _sandbox.SetFaultsAsync("SBX04", new { malformedRate = 1.0 });
        var o = await CheckActive(SandboxPayer.Fast);
        Assert.Equal(EligibilityStatus.Unreachable, o.Status);
    }

    [Fact]
    public async Task Check_succeeds_once_the_payer_is_back()
    {
        var o = await CheckActive(SandboxPayer.Fast);
        Assert.Equal(EligibilityStatus.Active, o.Status);
    }
}
