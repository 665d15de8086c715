using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rcm.Core.Audit;

namespace Rcm.Core.Persistence.Sqlite;

/// <summary>The SQLite flavour of <see cref="RcmDbContext"/>; its migrations live in Persistence/Sqlite/Migrations.</summary>
public sealed class SqliteRcmDbContext(DbContextOptions<SqliteRcmDbContext> options, IActorContext actor, TimeProvider time)
    : RcmDbContext(options, actor, time)
{
    /// <summary>
    /// SQLite has no offset-aware time type and EF cannot compare or order DateTimeOffset stored as text;
    /// storing UTC ticks as an integer makes both work and keeps ordering exact.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
