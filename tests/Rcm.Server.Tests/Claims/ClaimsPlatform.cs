using Rcm.Core.Persistence;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Claims;

/// <summary>
/// The platform with the example payer rules loaded (RCM_PAYER_RULES, read when the server builds its validator), found
/// in the repository next to OpenRcm.slnx.
/// </summary>
public abstract class ClaimsPlatform : PlatformFixture
{
    static ClaimsPlatform() => Environment.SetEnvironmentVariable("RCM_PAYER_RULES", ExampleRulesFolder());

    public static string ExampleRulesFolder() => Path.Combine(RepoRoot(), "src", "Rcm.Core", "Validation", "PayerRules", "Examples");

    /// <summary>RCM_REPO_ROOT, else the folder holding OpenRcm.slnx above the binaries, else above this source file (artifacts outside the repo).</summary>
    public static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("RCM_REPO_ROOT") is { Length: > 0 } overridden) return overridden;
        foreach (var start in new[] { AppContext.BaseDirectory, SourceFolder() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenRcm.slnx"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenRcm.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "/";
}

public sealed class ClaimsSqlitePlatform : ClaimsPlatform
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class ClaimsPostgresPlatform : ClaimsPlatform
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>As <c>rcm serve</c> starts it (demo practice and user) on SQLite, with the example payer rules.</summary>
public sealed class ClaimsDemoPlatform : ClaimsPlatform
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override bool SeedDemo => true;
}
