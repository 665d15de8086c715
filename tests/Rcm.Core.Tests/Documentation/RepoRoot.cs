namespace Rcm.Core.Tests.Documentation;

/// <summary>The repository root: the nearest folder above the test binaries that holds OpenRcm.slnx.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenRcm.slnx above {AppContext.BaseDirectory}.");
    }
}
