namespace Rcm.X12.Tests.Support;

/// <summary>
/// Finds the repository root (the folder holding OpenRcm.slnx) and the shared design folder beside it (../shared),
/// where the X12 corpus lives. Tests may read ../shared; production code never does.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shared folder beside the repository (may not exist on a developer machine).</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The X12 sample corpus: ../shared/corpus/x12.</summary>
    public static string X12Corpus => Path.Combine(SharedRoot, "corpus", "x12");

    /// <summary>True when tests run in CI, where a missing dependency must fail rather than skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The X12 corpus folder, or null when it is missing on a developer machine. In CI a missing corpus fails.
    /// </summary>
    public static string? RequireX12Corpus()
    {
        if (Directory.Exists(X12Corpus))
        {
            return X12Corpus;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"The X12 corpus is missing at {X12Corpus}; CI requires ../shared/corpus/x12.");
        }

        return null;
    }

    private static string FindRoot()
    {
        // RCM_REPO_ROOT lets a build that lives outside the repository point at it explicitly.
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        // Test binaries usually sit under the repository; with --artifacts-path elsewhere they do not, and then the
        // path of this source file, recorded by the compiler, still leads to the repository, and so may the
        // working directory.
        string[] starts = [AppContext.BaseDirectory, SourceDirectory(), Environment.CurrentDirectory];
        foreach (string start in starts)
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No OpenRcm.slnx above {string.Join(", ", starts)}; set RCM_REPO_ROOT.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? "/";
}
