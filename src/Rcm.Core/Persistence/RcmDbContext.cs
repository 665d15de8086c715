using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Rcm.Core.WorkQueues;

namespace Rcm.Core.Persistence;

/// <summary>
/// The one DbContext. Provider-specific subclasses (<see cref="Sqlite.SqliteRcmDbContext"/>,
/// <see cref="Postgres.PostgresRcmDbContext"/>) own their migrations (EF's multi-provider pattern).
/// Tenant isolation has two layers: endpoints always scope by practice, and a global query filter on
/// <see cref="TenantId"/> hides other practices' rows even if an endpoint forgets.
/// </summary>
public abstract partial class RcmDbContext : IdentityUserContext<StaffUser>
{
    private readonly IActorContext _actor;
    private readonly TimeProvider _time;

    protected RcmDbContext(DbContextOptions options, IActorContext actor, TimeProvider time) : base(options)
    {
        _actor = actor;
        _time = time;
    }

    /// <summary>The practice the current request acts for; null for the platform itself (CLI, jobs, seeding).</summary>
    public long? TenantId { get; set; }

    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Coverage> Coverages => Set<Coverage>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<StaffMembership> StaffMemberships => Set<StaffMembership>();
    public DbSet<ProtectionKey> ProtectionKeys => Set<ProtectionKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<Eligibility.EligibilityCheck> EligibilityChecks => Set<Eligibility.EligibilityCheck>();
    public DbSet<Eligibility.VisitClearance> VisitClearances => Set<Eligibility.VisitClearance>();
    public DbSet<Documentation.Notes.VisitNote> VisitNotes => Set<Documentation.Notes.VisitNote>();
    public DbSet<Documentation.Storage.StoredDefinition> DocumentationDefinitions => Set<Documentation.Storage.StoredDefinition>();
    public DbSet<Claims.Workflow.ClaimRecord> ClaimRecords => Set<Claims.Workflow.ClaimRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, then turns the entities' pending events into audit rows, in one transaction: a change
    /// without its audit row is never committed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardChanges();
        var changed = ChangeTracker.Entries<TenantEntity>()
            .Where(e => e.Entity.PendingEvents.Count > 0)
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var entity in changed)
            {
                foreach (var ev in entity.PendingEvents)
                {
                    AuditEntries.Add(new AuditEntry(entity.PracticeId, ev.At, _actor.Actor, _actor.Ip, ev.Action,
                        EntityTypeName(entity), entity.Id, ev.Detail));
                }
                entity.ClearPendingEvents();
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    public static string EntityTypeName(object entity) => entity switch
    {
        Patient => "patient",
        Coverage => "coverage",
        Appointment => "appointment",
        Provider => "provider",
        Payer => "payer",
        Location => "location",
        WorkItem => "work_item",
        Claims.Workflow.ClaimRecord => "claim",
        _ => entity.GetType().Name.ToLowerInvariant(),
    };

    private void GuardChanges()
    {
        foreach (var e in ChangeTracker.Entries<AuditEntry>())
        {
            if (e.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit trail is append-only.");
        }
        if (TenantId is not { } tenant) return;
        foreach (var e in ChangeTracker.Entries<TenantEntity>())
        {
            if (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity.PracticeId != tenant)
                throw new InvalidOperationException("A change crosses practices.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ConfigureModel(builder);
    }
}
