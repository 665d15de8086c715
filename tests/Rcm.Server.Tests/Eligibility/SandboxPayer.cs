using System.Net.Http.Json;
using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;
using Rcm.Sandbox.Hosting;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>An in-process sandbox with a frozen clock at its default start (2026-03-02T14:00Z) and a checker talking to it over HTTP.</summary>
public sealed class SandboxPayer : IAsyncLifetime
{
    public static readonly DateTimeOffset ClockStart = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private SandboxHandle? _sandbox;

    public SandboxHandle Handle => _sandbox ?? throw new InvalidOperationException("not started");
    public HttpClient Control { get; } = new();
    public HttpClient PayerHttp { get; } = new() { Timeout = Timeout.InfiniteTimeSpan };
    public Uri RealTimeUrl => new(Handle.BaseUrl, "/x12");

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions { FreezeClock = true, ClockStart = ClockStart });
        Control.BaseAddress = _sandbox.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        Control.Dispose();
        PayerHttp.Dispose();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
    }

    public EligibilityChecker Checker(TimeProvider time, RealTimeOptions? options = null) =>
        new(new X12HttpPayerConnection(PayerHttp, options ?? Fast), new Eligibility270Builder(time));

    /// <summary>Short attempts so fault tests finish quickly.</summary>
    public static RealTimeOptions Fast { get; } = new() { AttemptTimeout = TimeSpan.FromSeconds(1), MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(20) };

    public async Task SetClockAsync(DateTimeOffset now) =>
        (await Control.PostAsJsonAsync("/control/clock", new { now, frozen = true })).EnsureSuccessStatusCode();

    public async Task SetFaultsAsync(string payer, object faults) =>
        (await Control.PostAsJsonAsync($"/control/payers/{payer}/faults", faults)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await Control.DeleteAsync("/control/faults")).EnsureSuccessStatusCode();
}
