using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Rcm.Core.Audit;

namespace Rcm.Core.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresRcmDbContext</c> build the context (no connection is opened).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRcmDbContext>
{
    public PostgresRcmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRcmDbContext>().UseNpgsql("Host=localhost;Database=rcm_design").Options,
            new SystemActor("design"), TimeProvider.System);
}
