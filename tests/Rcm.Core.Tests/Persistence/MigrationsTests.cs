using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence.Postgres;
using Rcm.Core.Persistence.Sqlite;

namespace Rcm.Core.Tests.Persistence;

/// <summary>Each provider's migrations match the model: a model change without migrations for BOTH providers fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Rcm.Core --context SqliteRcmDbContext --output-dir Persistence/Sqlite/Migrations");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_migrations_cover_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project src/Rcm.Core --context PostgresRcmDbContext --output-dir Persistence/Postgres/Migrations");
        Assert.Equal(new SqliteDesignTimeFactory().CreateDbContext([]).Database.GetMigrations().Count(), db.Database.GetMigrations().Count());
    }
}
