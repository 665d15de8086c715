using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Rcm.Core.Persistence;
using Rcm.Server.Api;
using Rcm.Server.Demo;
using Scalar.AspNetCore;

namespace Rcm.Server.Hosting;

/// <summary>Builds and starts the whole platform: API, web UI and background work, in one process.</summary>
public static class RcmHost
{
    /// <summary>
    /// Builds the app. <paramref name="configure"/> lets tests and the CLI adjust services (e.g. a fake TimeProvider,
    /// a capturing logger) before the app is built.
    /// </summary>
    public static WebApplication Build(RcmHostOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // Key ring elements are stored in the database unencrypted (see docs/security.md); the warning is known.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        builder.Services.AddSingleton(options);
        builder.Services.AddRcmPlatform(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseRcmPipeline();
        return app;
    }

    /// <summary>Creates or migrates the database and seeds the demo practice on a new one; returns whether it was new.</summary>
    public static async Task<bool> PrepareAsync(WebApplication app, CancellationToken ct)
    {
        var options = app.Services.GetRequiredService<RcmHostOptions>();
        var isNew = await RcmDatabase.PrepareAsync(options.Database, ct);
        if (isNew && options.SeedDemo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoPracticeSeeder>().SeedAsync(ct);
        }
        return isNew;
    }

    private static void UseRcmPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseMiddleware<ProblemBoundary>();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantScope>();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("OpenRCM API"));
        app.MapGet("/docs", () => Results.Redirect("/scalar")).ExcludeFromDescription();
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/app.css", () => Results.Text(StyleSheet.Css, "text/css")).ExcludeFromDescription();

        app.MapPracticeApi();
        app.MapLocationsApi();
        app.MapProvidersApi();
        app.MapPayersApi();
        app.MapPatientsApi();
        app.MapCoveragesApi();
        app.MapAppointmentsApi();
        app.MapAuditApi();
        app.MapWorkItemsApi();
        app.MapClaimsApi();
        app.MapEligibilityApi();
        app.MapDocumentationApi();

        app.MapRazorPages();
    }
}
