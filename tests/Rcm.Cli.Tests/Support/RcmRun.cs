namespace Rcm.Cli.Tests.Support;

/// <summary>What one finished `rcm` process left behind: its exit code and everything it wrote.</summary>
public sealed record RcmRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
