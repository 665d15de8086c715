namespace Rcm.Sandbox.Batch;

/// <summary>A file the clearinghouse left for the submitter: 999, 277CA or 835 (or a note on an unreadable upload).</summary>
public sealed record OutboundFile(string Name, string Kind, DateTimeOffset CreatedAt, string? PayerId, string? BatchId, long Size);
