using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>`rcm --help` teaches (names the starting commands) and every command answers --help with exit 0.</summary>
public sealed class HelpContractTests
{
    [Fact]
    public void Root_help_names_the_starting_commands()
    {
        RcmRun run = RcmProcess.Run("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(
            new[] { "rcm serve", "rcm sandbox", "rcm x12 validate", "rcm claims scrub", "rcm codes lookup", "rcm eligibility check" },
            command => Assert.Contains(command, run.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        string[][] commands =
        [
            ["x12"], ["x12", "validate"], ["x12", "parse"], ["x12", "ack"], ["claims"], ["claims", "scrub"], ["codes"],
            ["codes", "lookup"], ["codes", "import"], ["codes", "status"], ["sandbox"], ["serve"], ["apikey"],
            ["apikey", "create"], ["eligibility"], ["eligibility", "check"], ["version"],
        ];

        RcmRun[] runs = await Task.WhenAll(commands.Select(c => Task.Run(() => RcmProcess.Run([.. c, "--help"]))));

        for (int i = 0; i < commands.Length; i++)
        {
            string name = string.Join(' ', commands[i]);
            Assert.True(runs[i].ExitCode == 0, $"rcm {name} --help: {runs[i]}");
            Assert.Contains("Usage:", runs[i].Stdout, StringComparison.Ordinal);
            Assert.Contains($"rcm {name}", runs[i].Stdout, StringComparison.Ordinal);
        }
    }
}
