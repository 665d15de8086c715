using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rcm.Core.Persistence;
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
        var sandbox = new Option<string>("--sandbox-url") { Description = "Payer sandbox the demo payers are wired to.", DefaultValueFactory = _ => "http://127.0.0.1:5081" };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not create the demo practice on a new database." };
        var command = new Command("serve", "Run OpenRCM: REST API (/api/v1), web UI, background jobs.") { urls, data, db, sandbox, noDemo };
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
            try
            {
                isNew = await RcmHost.PrepareAsync(app, ct);
                await app.StartAsync(ct);
            }
            catch (DatabaseUnavailableException e)
            {
                Console.Error.WriteLine("rcm serve: " + e.Message);
                return 3;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("rcm serve: cannot listen on " + options.Urls + ": " + e.Message);
                return 4;
            }
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Urls;
            Console.WriteLine($"OpenRCM is running at {address}  (ready in {started.Elapsed.TotalSeconds:0.00} s)");
            Console.WriteLine($"  database:  {target.Describe()}{(isNew ? " (new)" : "")}");
            Console.WriteLine($"  API:       {address}/api/v1   reference: {address}/scalar   OpenAPI: {address}/openapi/v1.json");
            Console.WriteLine($"  demo sign-in: {DemoPracticeSeeder.UserEmail} / {DemoPracticeSeeder.Password} (practice \"{DemoPracticeSeeder.PracticeName}\");"
                              + " MFA: you enrol an authenticator app at first sign-in.");
            Console.WriteLine("  API key:   ./rcm apikey create --practice demo --role admin");
            Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
