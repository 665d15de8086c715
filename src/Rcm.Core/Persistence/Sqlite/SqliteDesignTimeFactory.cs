using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rcm.Core.Audit;

namespace Rcm.Core.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteRcmDbContext</c> build the context.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRcmDbContext>
{
    public SqliteRcmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRcmDbContext>().UseSqlite("Data Source=design.db").Options,
            new SystemActor("design"), TimeProvider.System);
}
