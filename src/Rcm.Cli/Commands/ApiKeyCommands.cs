using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;
using Rcm.Core.Security;

namespace Rcm.Cli.Commands;

/// <summary>`rcm apikey create`: issues an API key for one practice and role; prints the key alone on stdout.</summary>
internal static class ApiKeyCommands
{
    public static Command Create()
    {
        var apikey = new Command("apikey", "Manage API keys for integrations (Authorization: Bearer KEY).");
        apikey.Subcommands.Add(CreateKey());
        return apikey;
    }

    private static Command CreateKey()
    {
        var practice = new Option<string>("--practice") { Description = "Practice name, e.g. demo.", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.All) + ".", Required = true };
        var label = new Option<string?>("--label") { Description = "A note saying what the key is for." };
        var data = new Option<string>("--data") { Description = "Folder of the embedded SQLite database.", DefaultValueFactory = _ => "data" };
        var db = new Option<string?>("--db") { Description = "PostgreSQL connection (URL or keywords); env RCM_DB." };
        var command = new Command("create", "Create an API key; the key is printed once, alone on stdout.") { practice, role, label, data, db };
        command.SetAction(async (parse, ct) =>
        {
            var roleName = parse.GetValue(role)!;
            if (!Roles.IsKnown(roleName))
            {
                Console.Error.WriteLine($"rcm apikey create: unknown role '{roleName}'; use one of {string.Join(", ", Roles.All)}");
                return 2;
            }
            try
            {
                var target = DatabaseTarget.Parse(parse.GetValue(db) ?? Environment.GetEnvironmentVariable("RCM_DB"), parse.GetValue(data)!);
                await RcmDatabase.PrepareAsync(target, ct);
                await using var context = RcmDatabase.Open(target, new SystemActor("cli"), TimeProvider.System);
                var name = parse.GetValue(practice)!;
                var p = await context.Practices.AsNoTracking().SingleOrDefaultAsync(x => x.Name == name, ct);
                if (p is null)
                {
                    Console.Error.WriteLine($"rcm apikey create: no practice named '{name}'");
                    return 1;
                }
                Console.WriteLine(await ApiKeyIssuer.CreateAsync(context, p.Id, roleName, parse.GetValue(label), TimeProvider.System, ct));
                return 0;
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine("rcm apikey create: " + e.Message);
                return 2;
            }
            catch (DatabaseUnavailableException e)
            {
                Console.Error.WriteLine("rcm apikey create: " + e.Message);
                return 3;
            }
        });
        return command;
    }
}
