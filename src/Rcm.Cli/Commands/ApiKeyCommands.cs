using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;
using Rcm.Core.Security;

namespace Rcm.Cli.Commands;

/// <summary>
/// `rcm apikey create|list|revoke`: API keys for integrations. `create` prints the key alone on stdout (it is shown
/// once; only its hash is stored).
/// </summary>
internal static class ApiKeyCommands
{
    public static Command Create()
    {
        var apikey = new Command("apikey", "Manage API keys for integrations (Authorization: Bearer KEY).");
        apikey.Subcommands.Add(CreateKey());
        apikey.Subcommands.Add(ListKeys());
        apikey.Subcommands.Add(RevokeKey());
        return apikey;
    }

    private static Command ListKeys()
    {
        var practice = new Option<string>("--practice") { Description = "Practice name, e.g. demo.", Required = true };
        var data = new Option<string>("--data") { Description = "Folder of the embedded SQLite database.", DefaultValueFactory = _ => "data" };
        var db = new Option<string?>("--db") { Description = "PostgreSQL connection (URL or keywords); env RCM_DB." };
        var command = new Command("list", "List a practice's API keys (prefix, role, label, created, revoked); secrets are never shown.") { practice, data, db };
        command.SetAction(async (parse, ct) => await WithPractice(parse.GetValue(practice)!, parse.GetValue(data)!, parse.GetValue(db), "list", async (context, practiceId) =>
        {
            var keys = await context.ApiKeys.AsNoTracking().Where(k => k.PracticeId == practiceId).OrderBy(k => k.Id).ToListAsync(ct);
            Console.WriteLine("prefix\trole\tcreated\trevoked\tlabel");
            foreach (var k in keys)
                Console.WriteLine($"{k.Prefix}\t{k.Role}\t{k.CreatedAt:yyyy-MM-dd HH:mm}\t{(k.RevokedAt is { } r ? r.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-")}\t{k.Label}");
            return 0;
        }, ct));
        return command;
    }

    private static Command RevokeKey()
    {
        var prefix = new Argument<string>("prefix") { Description = "The key's prefix (the 8 hex characters after rcm_)." };
        var practice = new Option<string>("--practice") { Description = "Practice name, e.g. demo.", Required = true };
        var data = new Option<string>("--data") { Description = "Folder of the embedded SQLite database.", DefaultValueFactory = _ => "data" };
        var db = new Option<string?>("--db") { Description = "PostgreSQL connection (URL or keywords); env RCM_DB." };
        var command = new Command("revoke", "Revoke an API key at once; requests with it get 401 from then on.") { prefix, practice, data, db };
        command.SetAction(async (parse, ct) => await WithPractice(parse.GetValue(practice)!, parse.GetValue(data)!, parse.GetValue(db), "revoke", async (context, practiceId) =>
        {
            var p = parse.GetValue(prefix)!;
            var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.PracticeId == practiceId && k.Prefix == p, ct);
            if (key is null)
            {
                Console.Error.WriteLine($"rcm apikey revoke: no key with prefix '{p}' in this practice");
                return 1;
            }
            key.Revoke(TimeProvider.System.GetUtcNow());
            await context.SaveChangesAsync(ct);
            Console.WriteLine($"revoked {p}");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>Opens the database, finds the practice and runs <paramref name="body"/>; shared error handling and exit codes.</summary>
    private static async Task<int> WithPractice(string name, string data, string? db, string verb,
        Func<RcmDbContext, long, Task<int>> body, CancellationToken ct)
    {
        try
        {
            var target = DatabaseTarget.Parse(db ?? Environment.GetEnvironmentVariable("RCM_DB"), data);
            await RcmDatabase.PrepareAsync(target, ct);
            await using var context = RcmDatabase.Open(target, new SystemActor("cli"), TimeProvider.System);
            var p = await context.Practices.AsNoTracking().SingleOrDefaultAsync(x => x.Name == name, ct);
            if (p is null)
            {
                Console.Error.WriteLine($"rcm apikey {verb}: no practice named '{name}'");
                return 1;
            }
            return await body(context, p.Id);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"rcm apikey {verb}: {e.Message}");
            return 2;
        }
        catch (DatabaseUnavailableException e)
        {
            Console.Error.WriteLine($"rcm apikey {verb}: {e.Message}");
            return 3;
        }
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
