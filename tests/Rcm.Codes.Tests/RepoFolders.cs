using System.Runtime.CompilerServices;

namespace Rcm.Codes.Tests;

/// <summary>
/// The repository (the folder holding OpenRcm.slnx, above the test binaries or above this source file when
/// builds put their artifacts elsewhere) and the shared reference collection beside it (../shared).
/// </summary>
internal static class RepoFolders
{
    public static string Repo([CallerFilePath] string sourceFile = "") =>
        Up(AppContext.BaseDirectory) ?? Up(Path.GetDirectoryName(sourceFile))
        ?? throw new InvalidOperationException($"No OpenRcm.slnx above {AppContext.BaseDirectory} or {sourceFile}.");

    /// <summary>../shared/reference, or null when it is absent (then a test must fail in CI).</summary>
    public static string? Reference()
    {
        string path = Path.GetFullPath(Path.Combine(Repo(), "..", "shared", "reference"));
        if (Directory.Exists(path))
        {
            return path;
        }
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"The reference collection is missing at {path}; CI must have ../shared.");
        return null;
    }

    private static string? Up(string? start)
    {
        for (var d = start is null ? null : new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "OpenRcm.slnx")))
            {
                return d.FullName;
            }
        }
        return null;
    }
}
