using System.Runtime.CompilerServices;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// The repository root: the folder holding OpenRcm.slnx, found above the test binaries, else above this source file
/// (builds with their artifacts outside the repository); RCM_REPO_ROOT overrides both.
/// </summary>
internal static class RepoRoot
{
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        return Above(AppContext.BaseDirectory) ?? Above(Path.GetDirectoryName(sourceFile))
            ?? throw new InvalidOperationException($"No OpenRcm.slnx above {AppContext.BaseDirectory} or {sourceFile}; set RCM_REPO_ROOT.");
    }

    private static string? Above(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
