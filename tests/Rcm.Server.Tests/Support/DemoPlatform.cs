using Rcm.Core.Persistence;

namespace Rcm.Server.Tests.Support;

/// <summary>The platform as <c>rcm serve</c> starts it on a new SQLite database: with the demo practice.</summary>
public sealed class DemoPlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override bool SeedDemo => true;
}
