using System.Text.Json;
using System.Text.RegularExpressions;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// `rcm serve [--urls URL] [--data DIR]` prints its URL and the demo sign-in and serves /openapi/v1.json;
/// `rcm apikey create --practice NAME --role ROLE [--data DIR|--db CONN]` prints the key alone on stdout; an
/// unreachable database gives a clear message and a non-zero exit, never a stack trace.
/// </summary>
public sealed partial class ServeContractTests
{
    [Fact]
    public async Task Serve_announces_url_and_demo_sign_in_serves_openapi_and_apikey_prints_the_key_alone()
    {
        using var temp = new TempFolder();
        string data = temp.File("data");
        string[] args =
        [
            "serve", "--urls", $"http://127.0.0.1:{LongRunningRcm.FreePort()}", "--data", data,
            "--sandbox-url", $"http://127.0.0.1:{LongRunningRcm.FreePort()}",
        ];
        using (LongRunningRcm serve = await LongRunningRcm.StartAsync(args, Running(), TimeSpan.FromSeconds(90)))
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using HttpResponseMessage response = await http.GetAsync(new Uri(serve.Url + "/openapi/v1.json"));
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}\n{serve.Output}");
            using JsonDocument openApi = JsonDocument.Parse(body);
            Assert.StartsWith("3.", openApi.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
            Assert.Contains("/api/v1/", openApi.RootElement.GetProperty("paths").GetRawText(), StringComparison.Ordinal);

            // The demo sign-in: an e-mail address and a password on the announced lines.
            Assert.Matches(DemoSignIn(), serve.Output);
        }

        // The server is gone (killed); the key is created in the database it left behind.
        RcmRun key = RcmProcess.Run("apikey", "create", "--practice", "demo", "--role", "admin", "--data", data);
        Assert.True(key.ExitCode == 0, key.ToString());
        // The key alone: one token and its line end, nothing else on stdout (scripts do KEY=$(rcm apikey create ...)).
        Assert.Matches(@"^\S{20,}\n$", key.Stdout);
    }

    public static TheoryData<string[]> UnreachableDatabases => new()
    {
        { ["apikey", "create", "--practice", "demo", "--role", "admin", "--db", "postgres://rcm:secret@127.0.0.1:1/rcm"] },
        { ["serve", "--urls", "http://127.0.0.1:0", "--no-sandbox", "--db", "postgres://rcm:secret@127.0.0.1:1/rcm"] },
    };

    [Theory]
    [MemberData(nameof(UnreachableDatabases))]
    public void Unreachable_database_is_a_clear_message_and_non_zero_exit_without_stack_trace(string[] args)
    {
        RcmRun run = RcmProcess.Run(args, timeout: TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr), run.ToString());
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Apikey_with_an_unknown_role_exits_2_with_the_roles_named()
    {
        using var temp = new TempFolder();
        RcmRun run = RcmProcess.Run("apikey", "create", "--practice", "demo", "--role", "emperor", "--data", temp.File("data"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("admin", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"running at (?<url>https?://\S+)")]
    internal static partial Regex Running();

    [GeneratedRegex(@"sign-in:?\s+\S+@\S+\s*/\s*\S+")]
    private static partial Regex DemoSignIn();
}
