using System.Text.RegularExpressions;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// `rcm sandbox --members` prints TSV with the exact header and a row for every documented scenario label;
/// `rcm sandbox --urls URL` announces its URL and the demo portal credentials.
/// </summary>
public sealed partial class SandboxContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    internal const string Header = "payer_id\tmember_id\tfirst_name\tlast_name\tbirth_date\tscenario";

    private static readonly string[] RequiredScenarios =
    [
        "active", "terminated", "terminates_mid_month", "other_payer_primary", "dependent", "prior_auth_required", "pending_long",
        "denies_missing_modifier",
    ];

    [Fact]
    public void Members_is_tsv_with_the_exact_header_iso_birth_dates_and_every_scenario()
    {
        string[][] rows = Members();

        Assert.All(rows, r => Assert.Equal(6, r.Length));
        Assert.All(rows, r => Assert.Matches(IsoDate(), r[4]));
        Assert.All(rows, r => Assert.All(r, cell => Assert.False(string.IsNullOrWhiteSpace(cell))));
        Assert.All(RequiredScenarios, s => Assert.Contains(rows, r => r[5] == s));
    }

    [Fact]
    public void Sandbox_announces_its_url_and_portal_credentials()
    {
        Assert.StartsWith("http://127.0.0.1:", fixture.Sandbox.Url, StringComparison.Ordinal);
        string output = fixture.Sandbox.Output;
        Assert.Contains("password", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("portal", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sandbox_answers_http_on_the_announced_url()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using HttpResponseMessage response = await http.GetAsync(new Uri(fixture.Sandbox.Url + "/outbox"));
        Assert.True((int)response.StatusCode < 500, response.StatusCode.ToString());
    }

    /// <summary>The data rows of `rcm sandbox --members`, after checking the header line.</summary>
    internal static string[][] Members()
    {
        RcmRun run = RcmProcess.Run("sandbox", "--members");
        Assert.True(run.ExitCode == 0, run.ToString());
        // Exactly: the header first, '\n' line ends, no carriage returns, no blank lines.
        Assert.StartsWith(Header + "\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Stdout);
        string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        return [.. lines.Skip(1).Select(l => l.Split('\t'))];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
