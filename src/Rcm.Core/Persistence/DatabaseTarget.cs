using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rcm.Core.Persistence;

/// <summary>
/// Where the data lives, parsed from <c>--db</c>: nothing (SQLite file in the data folder), a
/// <c>postgres://user:pass@host:port/db?sslmode=require</c> URL, an Npgsql keyword string
/// (<c>Host=…;Database=…</c>), or <c>sqlite:PATH</c> / a path ending in <c>.db</c>.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseTarget Parse(string? db, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(db))
            return Sqlite(Path.Combine(dataDirectory, "rcm.db"));
        var s = db.Trim();
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, FromUrl(s));
        if (s.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
            return Sqlite(s["sqlite:".Length..]);
        if (s.EndsWith(".db", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase))
            return Sqlite(s);
        if (s.Contains('=', StringComparison.Ordinal))
        {
            try
            {
                var b = new NpgsqlConnectionStringBuilder(s);
                if (string.IsNullOrEmpty(b.Host)) throw new FormatException("The connection string names no Host.");
                if (string.IsNullOrEmpty(b.Database)) b.Database = "openrcm";
                return new(DatabaseProvider.Postgres, b.ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new FormatException("Not a PostgreSQL connection string: " + e.Message, e);
            }
        }
        throw new FormatException("--db takes postgres://user:password@host:port/database, Host=…;Database=… or sqlite:PATH.");
    }

    /// <summary>A human-readable description without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite) return "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    private static DatabaseTarget Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true }.ConnectionString);

    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new FormatException("The postgres:// URL is malformed.");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        b.Database = database.Length == 0 ? "openrcm" : database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            try { b[key] = value; }
            catch (ArgumentException e) { throw new FormatException($"Unknown PostgreSQL URL option '{key}'.", e); }
        }
        return b.ConnectionString;
    }
}
