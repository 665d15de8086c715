namespace Rcm.Cli.Tests.Support;

/// <summary>
/// The X12 sample corpus in ../shared beside the repository (tests may read it; the CLI never does). Missing on a
/// developer machine means the corpus tests have nothing to check; missing in CI (CI=true) fails.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>kputnam/stupidedi's 5010 fixtures, one folder per guide.</summary>
    public static string? Fixtures5010()
    {
        string path = Path.Combine(Root.Value, "..", "shared", "corpus", "x12", "kputnam__stupidedi", "spec", "fixtures", "005010");
        if (Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The X12 corpus is missing at {path}; CI requires ../shared/corpus/x12.");
        }

        return null;
    }

    /// <summary>One fixture file: guide folder name, then "pass/NAME.edi".</summary>
    public static string? Fixture(string guideFolder, string file) =>
        Fixtures5010() is { } root ? Path.Combine(root, guideFolder, "pass", file) : null;

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        // With --artifacts-path the binaries live outside the repository; the compiler-recorded source path still
        // leads back to it.
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
