namespace Rcm.Codes.Import;

/// <summary>One code as a publisher's full list states it for a version (no dates of its own).</summary>
public readonly record struct SnapshotEntry(ulong Key, uint Attributes, string? Text, string? Detail);
