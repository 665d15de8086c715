using Microsoft.AspNetCore.Builder;
using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Sftp;

namespace Rcm.Sandbox.Hosting;

/// <summary>
/// A running sandbox: its base URL, its services (for in-process tests), the SFTP endpoint when enabled. Disposing
/// stops the web server, the drop-folder watcher, the payment timer and sshd, and removes a temp work folder.
/// </summary>
public sealed class SandboxHandle : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DropFolderWatcher _watcher;
    private readonly Timer _timer;

    internal SandboxHandle(WebApplication app, SandboxServices services, Uri baseUrl, DropFolderWatcher watcher, Timer timer, SftpServer? sftp, string? sftpError)
    {
        _app = app;
        Services = services;
        BaseUrl = baseUrl;
        _watcher = watcher;
        _timer = timer;
        Sftp = sftp;
        SftpError = sftpError;
    }

    public Uri BaseUrl { get; }

    public SandboxServices Services { get; }

    /// <summary>The SFTP server, when enabled and started.</summary>
    public SftpServer? Sftp { get; }

    /// <summary>Why SFTP is not running although it was asked for; null otherwise.</summary>
    public string? SftpError { get; }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        _watcher.Dispose();
        Sftp?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Services.OwnsWorkDirectory)
        {
            try
            {
                Directory.Delete(Services.Mailbox.Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a client; the temp folder is left for the OS to clean.
            }
        }
    }
}
