namespace Rcm.Sandbox.Tests.Support;

/// <summary>
/// The public code lists in ../shared/reference (CARC, RARC, claim status), found beside the repository root (the
/// folder holding OpenRcm.slnx). Tests only; the sandbox never reads them. Missing lists fail the test.
/// </summary>
public static class SharedReference
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static IReadOnlySet<string> Codes(string relativePath)
    {
        string path = Path.Combine(Root.Value, "..", "shared", "reference", relativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Reference list missing: {Path.GetFullPath(path)} (tests need ../shared beside the repository).");
        }

        return File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[0].Trim()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The repository root (the folder holding OpenRcm.slnx).</summary>
    public static string RepoRoot => Root.Value;

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, SourceDirectory(), Environment.CurrentDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("No OpenRcm.slnx above the test binaries or sources; set RCM_REPO_ROOT.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "/";
}
