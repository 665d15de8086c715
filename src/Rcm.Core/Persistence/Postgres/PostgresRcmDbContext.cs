using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;

namespace Rcm.Core.Persistence.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="RcmDbContext"/>; its migrations live in Persistence/Postgres/Migrations.</summary>
public sealed class PostgresRcmDbContext(DbContextOptions<PostgresRcmDbContext> options, IActorContext actor, TimeProvider time)
    : RcmDbContext(options, actor, time);
