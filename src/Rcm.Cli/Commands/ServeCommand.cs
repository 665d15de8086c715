using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rcm.Core.Persistence;
using Rcm.Sandbox.Hosting;
using Rcm.Server.Demo;
using Rcm.Server.Hosting;

namespace Rcm.Cli.Commands;

/// <summary>`rcm serve`: the whole platform (API, web UI, background work) on embedded defaults.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "URL(s) to listen on, e.g. http://127.0.0.1:5080 (port 0 picks a free one).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var data = new Option<string>("--data") { Description = "Folder for the embedded SQLite database.", DefaultValueFactory = _ => "data" };
        var db = new Option<string?>("--db") { Description = "PostgreSQL: postgres://user:password@host:port/database or Host=…;Database=… (default: SQLite in --data; env RCM_DB)." };
        var sandbox = new Option<string>("--sandbox-url") { Description = "Where the built-in payer sandbox listens (the demo payers are wired to it).", DefaultValueFactory = _ => "http://127.0.0.1:5081" };
        var noSandbox = new Option<bool>("--no-sandbox") { Description = "Do not host the payer sandbox in this process (use an external one at --sandbox-url)." };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not create the demo practice on a new database." };
        var command = new Command("serve", "Run OpenRCM: REST API (/api/v1), web UI, background jobs.") { urls, data, db, sandbox, noSandbox, noDemo };
        command.SetAction(async (parse, ct) =>
        {
            var started = Stopwatch.StartNew();
            DatabaseTarget target;
            try
            {
                target = DatabaseTarget.Parse(parse.GetValue(db) ?? Environment.GetEnvironmentVariable("RCM_DB"), parse.GetValue(data)!);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine("rcm serve: " + e.Message);
                return 2;
            }
            var options = new RcmHostOptions
            {
                Database = target, Urls = parse.GetValue(urls)!, SandboxUrl = parse.GetValue(sandbox)!, SeedDemo = !parse.GetValue(noDemo),
            };
            await using var app = RcmHost.Build(options);
            bool isNew;
            SandboxHandle? payers = null;
            try
            {
                // The built-in payers (DESIGN.md §3: "the built-in sandbox payers") run beside the platform on their own port.
                if (!parse.GetValue(noSandbox)) payers = await SandboxHost.StartAsync(new SandboxOptions { Urls = options.SandboxUrl }, ct);
                isNew = await RcmHost.PrepareAsync(app, ct);
                await app.StartAsync(ct);
            }
            catch (DatabaseUnavailableException e)
            {
                Console.Error.WriteLine("rcm serve: " + e.Message);
                if (payers is not null) await payers.DisposeAsync();
                return 3;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"rcm serve: cannot listen on {options.Urls} (sandbox {options.SandboxUrl}): {e.Message}");
                if (payers is not null) await payers.DisposeAsync();
                return 4;
            }
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Urls;
            Console.WriteLine($"OpenRCM is running at {address}  (ready in {started.Elapsed.TotalSeconds:0.00} s)");
            Console.WriteLine($"  database:  {target.Describe()}{(isNew ? " (new)" : "")}");
            Console.WriteLine($"  API:       {address}/api/v1   reference: {address}/scalar   OpenAPI: {address}/openapi/v1.json");
            Console.WriteLine($"  demo sign-in: {DemoPracticeSeeder.UserEmail} / {DemoPracticeSeeder.Password} (practice \"{DemoPracticeSeeder.PracticeName}\");"
                              + " MFA: you enrol an authenticator app at first sign-in.");
            Console.WriteLine("  API key:   ./rcm apikey create --practice demo --role admin");
            Console.WriteLine(payers is null ? $"  payers:    external sandbox at {options.SandboxUrl}" : $"  payers:    built-in sandbox at {payers.BaseUrl} (./rcm sandbox --members lists its members)");
            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            if (payers is not null) await payers.DisposeAsync();
            return 0;
        });
        return command;
    }
}
