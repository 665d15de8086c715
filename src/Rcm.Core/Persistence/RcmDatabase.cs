using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rcm.Core.Audit;
using Rcm.Core.Persistence.Postgres;
using Rcm.Core.Persistence.Sqlite;

namespace Rcm.Core.Persistence;

/// <summary>Registers the right <see cref="RcmDbContext"/> flavour, creates the database when missing and applies migrations.</summary>
public static class RcmDatabase
{
    public static IServiceCollection AddRcmDatabase(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        if (target.Provider == DatabaseProvider.Sqlite)
            services.AddDbContext<RcmDbContext, SqliteRcmDbContext>(o => o.UseSqlite(target.ConnectionString));
        else
            services.AddDbContext<RcmDbContext, PostgresRcmDbContext>(o => o.UseNpgsql(target.ConnectionString));
        return services;
    }

    /// <summary>A context outside DI (CLI commands, tests).</summary>
    public static RcmDbContext Open(DatabaseTarget target, IActorContext actor, TimeProvider time) =>
        target.Provider == DatabaseProvider.Sqlite
            ? new SqliteRcmDbContext(new DbContextOptionsBuilder<SqliteRcmDbContext>().UseSqlite(target.ConnectionString).Options, actor, time)
            : new PostgresRcmDbContext(new DbContextOptionsBuilder<PostgresRcmDbContext>().UseNpgsql(target.ConnectionString).Options, actor, time);

    /// <summary>
    /// Creates the database (PostgreSQL: CREATE DATABASE through the maintenance database; SQLite: the folder)
    /// and applies pending migrations. Returns true when the database was new (no migration applied before).
    /// Throws <see cref="DatabaseUnavailableException"/> with an operator-readable message when it cannot.
    /// </summary>
    public static async Task<bool> PrepareAsync(DatabaseTarget target, CancellationToken ct)
    {
        try
        {
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                var file = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
                var dir = Path.GetDirectoryName(file);
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            }
            else
            {
                await CreatePostgresDatabaseIfMissingAsync(target.ConnectionString, ct);
            }

            await using var db = Open(target, new SystemActor("migrate"), TimeProvider.System);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).Any();
            if (target.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.MigrateAsync(ct);
            return !applied;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or SqliteException or TimeoutException or IOException or UnauthorizedAccessException
                                  || e.InnerException is NpgsqlException or SocketException or SqliteException)
        {
            throw new DatabaseUnavailableException($"Cannot open the database ({target.Describe()}): {Reason(e)}", e);
        }
    }

    private static string Reason(Exception e)
    {
        var root = e;
        while (root.InnerException is not null && root is not PostgresException) root = root.InnerException;
        return root switch
        {
            PostgresException pg => $"{pg.MessageText} (SQLSTATE {pg.SqlState})",
            SocketException s => s.Message,
            _ => root.Message,
        };
    }

    /// <summary>PostgreSQL does not create a database on first connect; do it through the <c>postgres</c> database.</summary>
    private static async Task CreatePostgresDatabaseIfMissingAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("No database named.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false, Timeout = 5 };
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand("CREATE DATABASE " + quoted, conn);
        try { await create.ExecuteNonQueryAsync(ct); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }
}
