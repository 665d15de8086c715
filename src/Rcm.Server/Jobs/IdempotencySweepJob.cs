using Microsoft.EntityFrameworkCore;
using Quartz;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;

namespace Rcm.Server.Jobs;

/// <summary>
/// Forgets Idempotency-Key records after 24 hours (the retry window clients are promised). The first job on the
/// shared Quartz scheduler; <see cref="DisallowConcurrentExecutionAttribute"/> plus clustering keep it to one node.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IdempotencySweepJob(DatabaseTarget target, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("idempotency-sweep", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var db = RcmDatabase.Open(target, new SystemActor("jobs"), time);
        var cutoff = time.GetUtcNow().AddHours(-24);
        var old = await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).Take(5000).ToListAsync(cancellationToken);
        db.IdempotencyRecords.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
    }
}
