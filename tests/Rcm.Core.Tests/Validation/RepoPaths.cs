namespace Rcm.Core.Tests.Validation;

/// <summary>
/// Finds the repository root (the folder holding OpenRcm.slnx) by walking up from the test binaries, and ../shared beside
/// it. RCM_REPO_ROOT overrides the walk for builds whose artifacts live outside the repository.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus837 => Path.Combine(Shared, "corpus", "x12");

    /// <summary>The shared folder, or null on a developer machine without it; in CI (CI=true) a missing folder fails the test.</summary>
    public static string? SharedOrFailInCi()
    {
        if (Directory.Exists(Shared))
        {
            return Shared;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"../shared is missing at {Shared}; CI needs the corpus.");
        return null;
    }

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } overridden)
        {
            return overridden;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenRcm.slnx above {AppContext.BaseDirectory}; set RCM_REPO_ROOT.");
    }
}
