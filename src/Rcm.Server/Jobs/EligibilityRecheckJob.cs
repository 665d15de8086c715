using Quartz;
using Rcm.Core.Eligibility;

namespace Rcm.Server.Jobs;

/// <summary>Runs the eligibility re-check (<see cref="RecheckRunner"/>) across practices; one node at a time in a cluster.</summary>
[DisallowConcurrentExecution]
public sealed class EligibilityRecheckJob(IServiceScopeFactory scopes, ILogger<EligibilityRecheckJob> log) : IJob
{
    public static readonly JobKey Key = new("eligibility-recheck", "eligibility");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        int sent = await scope.ServiceProvider.GetRequiredService<RecheckRunner>().RunAsync(cancellationToken);
        if (sent > 0) log.LogInformation("Eligibility re-check sent {Count} checks", sent);
    }
}
