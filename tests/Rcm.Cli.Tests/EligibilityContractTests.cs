using System.Text.Json;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// `rcm eligibility check --payer ID --member ID --first NAME --last NAME --dob YYYY-MM-DD [--service-type CODE]
/// [--sandbox URL] [--json]`: exit 0 active, 3 inactive or not found, 4 payer unreachable, 2 bad arguments; run
/// against a sandbox process with members taken from `rcm sandbox --members`.
/// </summary>
public sealed class EligibilityContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Exit_code_follows_the_members_scenario()
    {
        string[][] members = SandboxContractTests.Members();
        string[] active = members.First(m => m[5] == "active");
        string[] terminated = members.First(m => m[5] == "terminated");
        string[] unknown = [active[0], active[1] + "X9", "Nobody", "Atall", "1970-01-01", "none"];

        (string[] Member, int Expected)[] cases = [(active, 0), (terminated, 3), (unknown, 3)];
        RcmRun[] runs = await Task.WhenAll(cases.Select(c => Task.Run(() => Check(c.Member, fixture.Sandbox.Url))));

        for (int i = 0; i < cases.Length; i++)
        {
            Assert.True(runs[i].ExitCode == cases[i].Expected, $"{cases[i].Member[5]}: {runs[i]}");
        }
    }

    [Fact]
    public void Json_for_an_active_member_is_an_object()
    {
        string[] active = SandboxContractTests.Members().First(m => m[5] == "active");

        RcmRun run = Check(active, fixture.Sandbox.Url, "--json", "--service-type", "30");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void An_unreachable_payer_exits_4()
    {
        string[] member = ["SBX01", "SCH900000001", "Jordan", "Whitfield", "1962-06-12", "active"];

        RcmRun run = Check(member, $"http://127.0.0.1:{LongRunningRcm.FreePort()}");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> BadArguments => new()
    {
        { ["--payer", "SBX01", "--member", "M1", "--first", "A", "--last", "B", "--dob", "12/06/1962"] },
        { ["--member", "M1", "--first", "A", "--last", "B", "--dob", "1962-06-12"] },
        { ["--payer", "SBX01", "--member", "M1", "--first", "A", "--last", "B", "--dob", "1962-06-12", "--service-type", "TOOLONG"] },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_exit_2(string[] args)
    {
        RcmRun run = RcmProcess.Run(["eligibility", "check", .. args, "--sandbox", fixture.Sandbox.Url]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr), run.ToString());
    }

    private static RcmRun Check(string[] member, string sandboxUrl, params string[] extra) => RcmProcess.Run(
        ["eligibility", "check", "--payer", member[0], "--member", member[1], "--first", member[2], "--last", member[3],
            "--dob", member[4], "--sandbox", sandboxUrl, .. extra],
        timeout: TimeSpan.FromSeconds(60));
}
