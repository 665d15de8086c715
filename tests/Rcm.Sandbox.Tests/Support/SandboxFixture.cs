using System.Net.Http.Json;
using Rcm.Sandbox.Hosting;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>
/// One in-process sandbox per test class, with a frozen simulated clock (2026-03-02 14:00 UTC, the data file's
/// default) so dates in tests are exact. Tests in a class use different members and claim ids, never each other's.
/// </summary>
public class SandboxFixture : IAsyncLifetime
{
    private SandboxHandle? _handle;

    public SandboxHandle Sandbox => _handle ?? throw new InvalidOperationException("Sandbox not started.");

    public HttpClient Http { get; private set; } = null!;

    public Uri BaseUrl => Sandbox.BaseUrl;

    protected virtual SandboxOptions Options => new() { FreezeClock = true, RemittanceInterval = TimeSpan.FromMilliseconds(200) };

    public virtual async Task InitializeAsync()
    {
        _handle = await SandboxHost.StartAsync(Options);
        Http = new HttpClient { BaseAddress = _handle.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        if (_handle is not null)
        {
            await _handle.DisposeAsync();
        }
    }

    /// <summary>The data file's default start, where every test that depends on dates begins.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    public async Task ResetClockAsync()
    {
        using HttpResponseMessage response = await Http.PostAsJsonAsync("/control/clock", new { now = Start, frozen = true });
        response.EnsureSuccessStatusCode();
    }

    public async Task AdvanceDaysAsync(double days)
    {
        using HttpResponseMessage response = await Http.PostAsJsonAsync("/control/clock/advance", new { days });
        response.EnsureSuccessStatusCode();
    }
}
