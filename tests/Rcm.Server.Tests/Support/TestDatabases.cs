using Npgsql;
using Rcm.Core.Persistence;

namespace Rcm.Server.Tests.Support;

/// <summary>
/// A fresh database per test class: a new SQLite file, or a new PostgreSQL database on the server named by
/// RCM_TEST_POSTGRES (started by ./test.sh). A missing PostgreSQL fails the test, with the reason.
/// </summary>
public static class TestDatabases
{
    public static DatabaseTarget Create(DatabaseProvider provider)
    {
        var name = "rcm_t_" + Guid.NewGuid().ToString("N")[..16];
        if (provider == DatabaseProvider.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "rcm-server-tests");
            Directory.CreateDirectory(dir);
            return DatabaseTarget.Parse("sqlite:" + Path.Combine(dir, name + ".db"), dir);
        }
        var server = Environment.GetEnvironmentVariable("RCM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException("RCM_TEST_POSTGRES is not set: run ./test.sh, which starts PostgreSQL, or set it to a connection string (Host=…;Username=…).");
        var b = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new DatabaseTarget(DatabaseProvider.Postgres, b.ConnectionString);
    }

    public static async Task DropAsync(DatabaseTarget target)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var b = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var name = b.Database!;
        b.Database = "postgres";
        b.Pooling = false;
        await using var conn = new NpgsqlConnection(b.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
