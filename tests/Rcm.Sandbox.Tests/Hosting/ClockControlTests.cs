using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Hosting;

/// <summary>The simulated clock over HTTP: set, advance, and refuse nonsense.</summary>
public sealed class ClockControlTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public ClockControlTests(SandboxFixture fixture) => _fixture = fixture;

    private async Task<DateTimeOffset> NowAsync() =>
        (await _fixture.Http.GetFromJsonAsync<JsonElement>("/control/clock")).GetProperty("now").GetDateTimeOffset();

    [Fact]
    public async Task Set_then_advance_moves_the_calendar_exactly_when_frozen()
    {
        var start = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        (await _fixture.Http.PostAsJsonAsync("/control/clock", new { now = start, frozen = true })).EnsureSuccessStatusCode();
        Assert.Equal(start, await NowAsync());
        (await _fixture.Http.PostAsJsonAsync("/control/clock/advance", new { days = 30, hours = 2 })).EnsureSuccessStatusCode();
        Assert.Equal(start.AddDays(30).AddHours(2), await NowAsync());
    }

    [Fact]
    public async Task Advancing_by_nothing_or_setting_without_a_time_is_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _fixture.Http.PostAsJsonAsync("/control/clock/advance", new { days = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _fixture.Http.PostAsJsonAsync("/control/clock", new { frozen = true })).StatusCode);
    }

    [Fact]
    public async Task Unfrozen_clock_flows_with_real_time()
    {
        var start = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        (await _fixture.Http.PostAsJsonAsync("/control/clock", new { now = start, frozen = false })).EnsureSuccessStatusCode();
        await Task.Delay(300);
        DateTimeOffset now = await NowAsync();
        Assert.InRange(now - start, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));
        (await _fixture.Http.PostAsJsonAsync("/control/clock", new { now = start, frozen = true })).EnsureSuccessStatusCode();
    }
}
