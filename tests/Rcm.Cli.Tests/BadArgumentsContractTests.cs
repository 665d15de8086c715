using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>Bad arguments exit 2 with a plain message in every command, never 1 (which means "invalid input") or a crash.</summary>
public class BadArgumentsContractTests
{
    [Theory]
    [InlineData("x12", "validate")]
    [InlineData("x12", "parse", "")]
    [InlineData("x12", "ack", "")]
    [InlineData("claims", "scrub")]
    [InlineData("no-such-command")]
    public void Missing_or_malformed_arguments_exit_2_with_a_message(params string[] args)
    {
        RcmRun run = RcmProcess.Run(args);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--help", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_name_among_valid_ones_is_unreadable_not_a_crash()
    {
        RcmRun run = RcmProcess.Run("x12", "validate", "");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain("Exception", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_still_exits_0_even_without_the_required_arguments()
    {
        RcmRun run = RcmProcess.Run("x12", "validate", "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("validate", run.Stdout, StringComparison.Ordinal);
    }
}
