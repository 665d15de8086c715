namespace Rcm.Core.Persistence;

/// <summary>Storage engines OpenRCM runs on (DESIGN.md §5).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
