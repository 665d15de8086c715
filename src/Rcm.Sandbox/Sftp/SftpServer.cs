using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Rcm.Sandbox.Sftp;

/// <summary>
/// A private OpenSSH server serving the clearinghouse mailbox over SFTP: started as a child process on a loopback
/// port with its own host key and configuration, key authentication only, for the current user only, every session
/// forced into internal-sftp starting in the mailbox folder (inbound/ for 837 drops, outbound/ for 999/277CA/835).
/// No .NET SFTP server package exists here, so the sandbox relies on the system's /usr/sbin/sshd.
/// </summary>
/// <remarks>
/// ChrootDirectory is not used: sshd demands every folder on the chroot path be root-owned and not group- or
/// world-writable, which a folder under /tmp never is. The forced internal-sftp with a start folder (-d) and a
/// key that exists only for this run keep the account to SFTP.
/// </remarks>
public sealed class SftpServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;

    private SftpServer(Process process, StringBuilder log, int port, string username, string privateKeyPath, string folder)
    {
        _process = process;
        _log = log;
        Port = port;
        Username = username;
        PrivateKeyPath = privateKeyPath;
        Folder = folder;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public string Username { get; }

    /// <summary>OpenSSH private key (ed25519) the client signs in with.</summary>
    public string PrivateKeyPath { get; }

    /// <summary>The folder sessions start in (the mailbox root).</summary>
    public string Folder { get; }

    public static string? FindSshd()
    {
        foreach (string candidate in new[] { "/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static async Task<SftpServer> StartAsync(string folder, int port, CancellationToken cancellationToken)
    {
        string sshd = FindSshd() ?? throw new SftpUnavailableException("OpenSSH server not found (/usr/sbin/sshd): install the openssh-server package.");
        string keygen = File.Exists("/usr/bin/ssh-keygen") ? "/usr/bin/ssh-keygen" : throw new SftpUnavailableException("ssh-keygen not found: install openssh-client.");
        string dir = Path.Combine(Path.GetTempPath(), "rcm-sandbox-sshd-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dir);
        await RunAsync(keygen, ["-q", "-t", "ed25519", "-N", string.Empty, "-f", Path.Combine(dir, "host_ed25519")], cancellationToken);
        await RunAsync(keygen, ["-q", "-t", "ed25519", "-N", string.Empty, "-C", "rcm-sandbox-client", "-f", Path.Combine(dir, "client_ed25519")], cancellationToken);
        File.Copy(Path.Combine(dir, "client_ed25519.pub"), Path.Combine(dir, "authorized_keys"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(dir, "authorized_keys"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        if (Environment.UserName == "root" && !Directory.Exists("/run/sshd"))
        {
            // sshd refuses to start as root without its privilege separation folder (Debian creates it at boot).
            Directory.CreateDirectory("/run/sshd");
        }

        int chosen = port > 0 ? port : FreePort();
        string username = Environment.UserName;
        string config = Path.Combine(dir, "sshd_config");
        File.WriteAllText(config, $"""
            Port {chosen}
            ListenAddress 127.0.0.1
            HostKey {dir}/host_ed25519
            PidFile {dir}/sshd.pid
            AuthorizedKeysFile {dir}/authorized_keys
            AuthenticationMethods publickey
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            UsePAM no
            StrictModes no
            AllowUsers {username}
            AllowTcpForwarding no
            AllowAgentForwarding no
            X11Forwarding no
            PermitTTY no
            Subsystem sftp internal-sftp
            ForceCommand internal-sftp -d {folder}
            LogLevel INFO

            """);

        var log = new StringBuilder();
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(sshd)
            {
                ArgumentList = { "-D", "-e", "-f", config },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            },
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (process.HasExited)
            {
                string text;
                lock (log)
                {
                    text = log.ToString().Trim();
                }

                throw new SftpUnavailableException($"sshd exited at start (code {process.ExitCode}): {text}");
            }

            if (await CanConnectAsync(chosen, cancellationToken))
            {
                return new SftpServer(process, log, chosen, username, Path.Combine(dir, "client_ed25519"), folder);
            }

            await Task.Delay(50, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new SftpUnavailableException($"sshd did not listen on 127.0.0.1:{chosen} within 10 seconds.");
    }

    /// <summary>What sshd printed (for test failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(PrivateKeyPath)!, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> CanConnectAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, string[] args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process p = Process.Start(info) ?? throw new SftpUnavailableException($"Could not run {file}.");
        string err = await p.StandardError.ReadToEndAsync(cancellationToken);
        await p.WaitForExitAsync(cancellationToken);
        if (p.ExitCode != 0)
        {
            throw new SftpUnavailableException($"{Path.GetFileName(file)} failed ({p.ExitCode}): {err.Trim()}");
        }
    }
}
