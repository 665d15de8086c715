using Quartz;
using Rcm.Core.Persistence;

namespace Rcm.Server.Jobs;

/// <summary>
/// Background work shared through Quartz.NET (DESIGN.md §5): on PostgreSQL a clustered ADO store, so several
/// <c>rcm serve</c> instances share the work and a job runs once; on the embedded SQLite default an in-memory
/// store (one process). Later stages add their jobs here.
/// </summary>
public static class JobScheduling
{
    public static IServiceCollection AddRcmJobs(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddQuartz(q =>
        {
            // Clustered stores generate a distinct instance id per node unless one is chosen.
            q.ConfigureScheduler(o => o.InstanceName = "openrcm");
            if (target.Provider == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(target.ConnectionString);
                    s.UseClustering();
                    s.ProvisionSchema();
                    s.UseSystemTextJsonSerializer();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
            q.AddJob<IdempotencySweepJob>(j => j.WithIdentity(IdempotencySweepJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(IdempotencySweepJob.Key).WithIdentity("idempotency-sweep-hourly", "platform")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
