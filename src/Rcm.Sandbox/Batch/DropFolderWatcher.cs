namespace Rcm.Sandbox.Batch;

/// <summary>
/// Picks up 837 files dropped into the mailbox's inbound/ folder (by SFTP or a plain copy), hands each to the
/// clearinghouse front end, and moves it to inbound/processed/. A FileSystemWatcher wakes it at once; a poll every
/// half second catches what watchers miss. A file is taken only once it has not changed for a second and names
/// ending in .part, .tmp or .filepart are left alone, so half-uploaded files are never read.
/// </summary>
public sealed class DropFolderWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private readonly Mailbox _mailbox;
    private readonly ClaimIntake _intake;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _poll;
    private readonly string _processed;
    private int _busy;

    public DropFolderWatcher(Mailbox mailbox, ClaimIntake intake)
    {
        _mailbox = mailbox;
        _intake = intake;
        _processed = Path.Combine(mailbox.Inbound, "processed");
        Directory.CreateDirectory(_processed);
        try
        {
            _watcher = new FileSystemWatcher(mailbox.Inbound) { IncludeSubdirectories = false, EnableRaisingEvents = true };
            _watcher.Created += (_, _) => Scan();
            _watcher.Renamed += (_, _) => Scan();
        }
        catch (IOException)
        {
            _watcher = null; // inotify limits reached: polling alone still works
        }

        _poll = new Timer(_ => Scan(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Receipts of files picked up so far, newest last.</summary>
    public List<BatchReceipt> Receipts { get; } = [];

    public void Scan()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (string path in Directory.EnumerateFiles(_mailbox.Inbound).Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith('.') || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".filepart", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var info = new FileInfo(path);
                if (TimeProvider.System.GetUtcNow().UtcDateTime - info.LastWriteTimeUtc < Settle)
                {
                    continue;
                }

                byte[] content;
                try
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
                    content = new byte[stream.Length];
                    stream.ReadExactly(content);
                }
                catch (IOException)
                {
                    continue; // still being written by someone
                }

                string target = Path.Combine(_processed, $"{TimeProvider.System.GetUtcNow():yyyyMMddHHmmssfff}_{name}");
                File.Move(path, target);
                BatchReceipt receipt = _intake.Receive(content, name);
                lock (Receipts)
                {
                    Receipts.Add(receipt);
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // The work folder was removed while stopping.
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    public void Dispose()
    {
        _poll.Dispose();
        _watcher?.Dispose();
    }
}
