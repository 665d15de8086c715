using Quartz;
using Rcm.Server.Jobs;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>Quartz runs with the platform: clustered on PostgreSQL (schema provisioned in our database), in memory on SQLite.</summary>
public sealed class BackgroundJobsTests(PostgresPlatform pg) : IClassFixture<PostgresPlatform>
{
    [Fact]
    public async Task On_postgres_the_scheduler_is_clustered_and_has_the_platform_jobs()
    {
        var factory = pg.App.Services.GetRequiredService<ISchedulerFactory>();
        var scheduler = await factory.GetScheduler();
        var meta = await scheduler.GetMetadata();
        Assert.NotNull(meta.RunningSince);
        Assert.True(meta.JobStoreClustered);
        Assert.True(meta.JobStorePersistent);
        Assert.NotNull(await scheduler.GetJobDetail(IdempotencySweepJob.Key));
    }
}
