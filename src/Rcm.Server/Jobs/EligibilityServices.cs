using Quartz;
using Rcm.Core.Eligibility;
using Rcm.Payers.RealTime;

namespace Rcm.Server.Jobs;

/// <summary>Gate 1 wiring: the real-time payer connection, the checker, the gate, and the re-check job on a schedule.</summary>
public static class EligibilityServices
{
    public static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        services.AddSingleton(new EligibilityOptions());
        services.AddSingleton(new RealTimeOptions());
        services.AddSingleton(sp => new Eligibility270Builder(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPayerConnection>(sp => new X12HttpPayerConnection(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<RealTimeOptions>()));
        services.AddSingleton<EligibilityChecker>();
        services.AddScoped<EligibilityVerifier>();
        services.AddScoped<EligibilityGate>();
        services.AddScoped<RecheckRunner>();
        services.AddScoped<Rcm.Core.Eligibility.Import.ScheduleCsvImporter>();
        services.AddQuartz(q =>
        {
            q.AddJob<EligibilityRecheckJob>(j => j.WithIdentity(EligibilityRecheckJob.Key).StoreDurably());
            // Every minute: catches new and moved appointments and edited coverage soon after the change, results
            // that outlive the payer's window, and the visit-day re-check.
            q.AddTrigger(t => t.ForJob(EligibilityRecheckJob.Key).WithIdentity("eligibility-recheck", "eligibility")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
        });
        return services;
    }
}
