using Rcm.Core.Claims.Workflow;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;

namespace Rcm.Server.Api;

/// <summary>
/// Registers gate 3 (one line in PlatformServices): one validator per process over the shipped code sets and the payer rule
/// files named by <c>Rcm:PayerRules</c> (or <c>RCM_PAYER_RULES</c>; a file or a folder of *.json, docs/rules.md), and the
/// per-request claim workflow.
/// </summary>
public static class ClaimsServices
{
    public static IServiceCollection AddClaims(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IConfiguration>()["Rcm:PayerRules"] ?? Environment.GetEnvironmentVariable("RCM_PAYER_RULES");
            var book = string.IsNullOrWhiteSpace(path) ? PayerRuleBook.Empty : PayerRuleBook.Load(path);
            return new ClaimValidator(CodesReferenceData.LoadShipped(), book, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ClaimGate>();
        services.AddScoped<ClaimWorkflow>();
        return services;
    }
}
