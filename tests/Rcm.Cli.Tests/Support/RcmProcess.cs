using System.Diagnostics;
using System.Text;

namespace Rcm.Cli.Tests.Support;

/// <summary>
/// Runs the built CLI (rcm.dll, copied beside this test assembly because the project references src/Rcm.Cli) as a
/// child process, the way a user's script does: arguments in, exit code and stdout/stderr out. Nothing is built here.
/// </summary>
public static class RcmProcess
{
    /// <summary>Path of the CLI assembly the build put beside the tests.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "rcm.dll");

    /// <summary>Runs `dotnet rcm.dll ARGS` to completion; kills it and fails the test when it outlives the timeout.</summary>
    public static RcmRun Run(IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        using Process process = Start(args, workingDirectory);
        // Whole streams, not lines: the contracts are about exact output (a TSV header, a key alone on stdout).
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        TimeSpan limit = timeout ?? TimeSpan.FromSeconds(60);
        try
        {
            if (!process.WaitForExit(limit))
            {
                throw new TimeoutException($"rcm {string.Join(' ', args)} did not finish within {limit.TotalSeconds:0} s");
            }

            process.WaitForExit();
        }
        finally
        {
            Kill(process);
        }

        return new RcmRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Convenience for a fixed argument list.</summary>
    public static RcmRun Run(params string[] args) => Run((IEnumerable<string>)args);

    /// <summary>Starts a long-running `rcm` (serve, sandbox) with redirected output; the caller owns and kills it.</summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null)
    {
        if (!File.Exists(Dll))
        {
            throw new InvalidOperationException($"rcm.dll is not beside the tests at {Dll}; build tests/Rcm.Cli.Tests first.");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // A developer's RCM_DB or eligibility endpoint must not leak into a contract test.
        info.Environment.Remove("RCM_DB");
        info.Environment.Remove("RCM_ELIGIBILITY_ENDPOINT");
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Kills the process and its children if still running; never throws.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
