using Npgsql;
using Rcm.Core.Persistence;

namespace Rcm.Core.Tests.Persistence;

/// <summary>The forms <c>--db</c> accepts, and a clear error for the rest.</summary>
public sealed class DatabaseTargetTests
{
    [Fact]
    public void No_db_means_sqlite_in_the_data_folder()
    {
        var t = DatabaseTarget.Parse(null, "/tmp/x");
        Assert.Equal(DatabaseProvider.Sqlite, t.Provider);
        Assert.Contains("/tmp/x/rcm.db", t.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var t = DatabaseTarget.Parse("postgres://rcm:p%40ss@db.local:6543/billing?sslmode=require", "data");
        var b = new NpgsqlConnectionStringBuilder(t.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, t.Provider);
        Assert.Equal(("db.local", 6543, "billing", "rcm", "p@ss", SslMode.Require), (b.Host, b.Port, b.Database, b.Username, b.Password, b.SslMode));
        Assert.DoesNotContain("p@ss", t.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_without_port_or_database_gets_defaults()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseTarget.Parse("postgresql://u@h", "data").ConnectionString);
        Assert.Equal((5432, "openrcm"), (b.Port, b.Database));
    }

    [Fact]
    public void A_keyword_connection_string_is_accepted()
    {
        var t = DatabaseTarget.Parse("Host=h;Database=d;Username=u", "data");
        Assert.Equal(DatabaseProvider.Postgres, t.Provider);
        Assert.Equal("d", new NpgsqlConnectionStringBuilder(t.ConnectionString).Database);
    }

    [Theory]
    [InlineData("mysql://x")]
    [InlineData("postgres://h/d?nonsense=1")]
    [InlineData("Database=d")]
    public void Refuses_what_it_cannot_use(string db) => Assert.Throws<FormatException>(() => DatabaseTarget.Parse(db, "data"));

    [Fact]
    public async Task An_unreachable_database_is_a_clear_error_without_the_password()
    {
        var target = DatabaseTarget.Parse("postgres://rcm:topsecret@127.0.0.1:1/nowhere", "data");
        var e = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => RcmDatabase.PrepareAsync(target, CancellationToken.None));
        Assert.Contains("127.0.0.1:1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", e.Message, StringComparison.Ordinal);
    }
}
