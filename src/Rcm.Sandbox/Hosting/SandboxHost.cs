using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Portal;
using Rcm.Sandbox.RealTime;
using Rcm.Sandbox.Sftp;

namespace Rcm.Sandbox.Hosting;

/// <summary>
/// Starts a sandbox: <c>await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions())</c> gives its
/// base URL. Used by tests in-process and by <c>rcm sandbox</c>.
/// </summary>
public static class SandboxHost
{
    public static async Task<SandboxHandle> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        var services = new SandboxServices(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        WebApplication app = builder.Build();
        app.UseStatusCodePages();
        app.MapGet("/", () => Results.Content(SandboxIndexPage.Render(services), "text/html; charset=utf-8"));
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapRealTimeApi(services);
        app.MapClearinghouseApi(services);
        app.MapControlApi(services);
        app.MapPortal(services);

        services.Clock.Moved += _ => services.Remittance.Process();
        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        var watcher = new DropFolderWatcher(services.Mailbox, services.Intake);
        var timer = new Timer(_ => services.Remittance.Process(), null, options.RemittanceInterval, options.RemittanceInterval);
        SftpServer? sftp = null;
        string? sftpError = null;
        if (options.EnableSftp)
        {
            try
            {
                sftp = await SftpServer.StartAsync(services.Mailbox.Root, options.SftpPort, cancellationToken);
            }
            catch (SftpUnavailableException e)
            {
                sftpError = e.Message;
            }
        }

        return new SandboxHandle(app, services, baseUrl, watcher, timer, sftp, sftpError);
    }
}
