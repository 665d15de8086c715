namespace Rcm.Sandbox.Batch;

/// <summary>
/// The submitter's mailbox at the clearinghouse: inbound/ where 837s are dropped (SFTP) and outbound/ where 999, 277CA
/// and 835 files appear, listed in creation order. The same folders serve HTTP downloads and the SFTP server.
/// </summary>
public sealed class Mailbox
{
    private readonly List<OutboundFile> _files = [];
    private readonly Lock _gate = new();
    private int _sequence;

    public Mailbox(string root)
    {
        Root = root;
        Inbound = Path.Combine(root, "inbound");
        Outbound = Path.Combine(root, "outbound");
        Directory.CreateDirectory(Inbound);
        Directory.CreateDirectory(Outbound);
    }

    public string Root { get; }

    public string Inbound { get; }

    public string Outbound { get; }

    public IReadOnlyList<OutboundFile> Files
    {
        get
        {
            lock (_gate)
            {
                return [.. _files];
            }
        }
    }

    /// <summary>Writes a file to outbound/ under a unique, sortable name such as <c>000003_835_SBX01_T123.x12</c>.</summary>
    public OutboundFile Put(string kind, string? payerId, string? batchId, string label, byte[] content, DateTimeOffset at)
    {
        int n = Interlocked.Increment(ref _sequence);
        string safeLabel = string.Concat(label.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'));
        string name = $"{n:D6}_{kind}_{safeLabel}.{(kind == "note" ? "txt" : "x12")}";
        string path = Path.Combine(Outbound, name);
        string temp = path + ".part";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path); // a poller on the other side never sees a half-written file under the final name
        var file = new OutboundFile(name, kind, at, payerId, batchId, content.Length);
        lock (_gate)
        {
            _files.Add(file);
        }

        return file;
    }

    public byte[]? Read(string name)
    {
        OutboundFile? file;
        lock (_gate)
        {
            file = _files.FirstOrDefault(f => f.Name == name);
        }

        return file is null ? null : File.ReadAllBytes(Path.Combine(Outbound, file.Name));
    }
}
