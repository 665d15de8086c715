using System.Text.RegularExpressions;

namespace Rcm.Cli.Tests.Support;

/// <summary>One `rcm sandbox --urls http://127.0.0.1:PORT` process shared by the sandbox and eligibility tests.</summary>
public sealed partial class SandboxFixture : IAsyncLifetime
{
    private LongRunningRcm? _sandbox;

    /// <summary>The running sandbox.</summary>
    public LongRunningRcm Sandbox => _sandbox ?? throw new InvalidOperationException("sandbox not started");

    public async Task InitializeAsync()
    {
        int port = LongRunningRcm.FreePort();
        _sandbox = await LongRunningRcm.StartAsync(["sandbox", "--urls", $"http://127.0.0.1:{port}"], Listening(), TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        _sandbox?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"listening on (?<url>https?://\S+)")]
    private static partial Regex Listening();
}
