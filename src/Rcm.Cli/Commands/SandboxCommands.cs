using System.CommandLine;
using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;

namespace Rcm.Cli.Commands;

/// <summary>
/// `rcm sandbox`: runs the payer and clearinghouse simulator on its own (prints its URLs and the demo portal
/// credentials, TOTP secrets included), or with --members prints the scenario members as TSV and exits.
/// </summary>
internal static class SandboxCommands
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5090).", DefaultValueFactory = _ => "http://127.0.0.1:5090" };
        var members = new Option<bool>("--members") { Description = "Print the scenario members as TSV and exit." };
        var all = new Option<bool>("--all") { Description = "With --members: also list the generated population." };
        var seed = new Option<int?>("--seed") { Description = "Seed for the generated population (default: the data file's)." };
        var config = new Option<FileInfo?>("--config") { Description = "A sandbox data file (JSON) instead of the built-in payers and members." };
        var sftp = new Option<bool>("--sftp") { Description = "Also serve the clearinghouse mailbox over SFTP (private sshd on a loopback port)." };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Folder for the mailbox (inbound/, outbound/); default a new temp folder." };
        var command = new Command("sandbox", "Run the payer and clearinghouse sandbox (real-time X12, 837 batches, 835s, payer portals with 2FA).")
        {
            urls, members, all, seed, config, sftp, work,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                if (parse.GetValue(members))
                {
                    SandboxData data = parse.GetValue(config) is { } file ? SandboxDataLoader.LoadFile(file.FullName) : SandboxDataLoader.LoadDefault();
                    Console.Out.Write(MemberTable.Render(MemberDirectory.Create(data, parse.GetValue(seed)), parse.GetValue(all)));
                    return 0;
                }

                var options = new SandboxOptions
                {
                    Urls = parse.GetValue(urls)!,
                    DataFile = parse.GetValue(config)?.FullName,
                    Seed = parse.GetValue(seed),
                    EnableSftp = parse.GetValue(sftp),
                    WorkDirectory = parse.GetValue(work)?.FullName,
                };
                await using SandboxHandle sandbox = await SandboxHost.StartAsync(options, cancellationToken);
                PrintBanner(sandbox);
                var stopped = new TaskCompletionSource();
                using CancellationTokenRegistration registration = cancellationToken.Register(() => stopped.TrySetResult());
                await stopped.Task;
                return 0;
            }
            catch (SandboxConfigurationException e)
            {
                Console.Error.WriteLine($"rcm sandbox: {e.Message}");
                return 2;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"rcm sandbox: could not start: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static void PrintBanner(SandboxHandle sandbox)
    {
        SandboxServices s = sandbox.Services;
        Uri url = sandbox.BaseUrl;
        Console.WriteLine($"OpenRCM sandbox listening on {url}");
        Console.WriteLine($"  simulated clock  {s.Clock.GetUtcNow():u}  (POST {url}control/clock, {url}control/clock/advance)");
        Console.WriteLine($"  real-time X12    POST {url}x12  (Content-Type: application/edi-x12)");
        Console.WriteLine($"  CAQH CORE        POST {url}core/realtime  (multipart/form-data)");
        Console.WriteLine($"  837 upload       POST {url}clearinghouse/claims ; files: GET {url}clearinghouse/outbound");
        Console.WriteLine($"  mailbox folder   {s.Mailbox.Root}  (drop 837s in inbound/)");
        if (sandbox.Sftp is { } sftp)
        {
            Console.WriteLine($"  SFTP             sftp -i {sftp.PrivateKeyPath} -P {sftp.Port} {sftp.Username}@{sftp.Host}");
        }
        else if (sandbox.SftpError is { } error)
        {
            Console.WriteLine($"  SFTP             not available: {error}");
        }

        Console.WriteLine($"  e-mail outbox    GET {url}outbox");
        Console.WriteLine("Payer portals (demo credentials; synthetic data only):");
        foreach (PayerProfile payer in s.Payers.All)
        {
            Console.WriteLine($"  {payer.Id} {payer.Name}: {url}portal/{payer.Id}/login");
            foreach (PortalUser user in payer.Portal.Users)
            {
                string factor = user.SecondFactor == "email" ? $"e-mailed code to {user.Email} (see /outbox)" : $"TOTP secret {user.TotpSecret}";
                Console.WriteLine($"      user {user.Username}  password {user.Password}  {factor}");
            }
        }

        Console.WriteLine("Scenario members: rcm sandbox --members. Stop with Ctrl+C.");
    }
}
