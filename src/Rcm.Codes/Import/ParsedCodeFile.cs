using Rcm.Codes.Storage;

namespace Rcm.Codes.Import;

/// <summary>
/// One set's worth of rows read from a source file, with how to layer it: as a snapshot (a full list in
/// force from <see cref="Effective"/>) or as dated rows replacing the codes in <see cref="Scope"/>.
/// </summary>
public sealed class ParsedCodeFile
{
    public required string SetId { get; init; }

    /// <summary>Version label of this file, e.g. "FY2026", "2026 Q2", "HCPCS 2026 January".</summary>
    public required string Version { get; init; }

    public required DateOnly Effective { get; init; }

    /// <summary>Last day this version is known current (end of the fiscal year, quarter…).</summary>
    public required DateOnly DataThrough { get; init; }

    /// <summary>The file and publisher, for the set's source line.</summary>
    public required string Source { get; init; }

    public IReadOnlyList<SnapshotEntry>? Snapshot { get; init; }

    public IReadOnlyList<CodeRow>? DatedRows { get; init; }

    /// <summary>Snapshot: end codes that the list no longer has.</summary>
    public bool EndMissing { get; init; } = true;

    /// <summary>Which existing codes this file speaks for (null = all of the set).</summary>
    public Func<ulong, bool>? Scope { get; init; }

    /// <summary>Snapshot: start given to codes new to the set when their real start is unknown.</summary>
    public DateOnly? NewCodesStart { get; init; }

    /// <summary>Snapshot: attribute bits added to codes new to the set (e.g. "start approximate").</summary>
    public uint NewCodeAttributes { get; init; }

    /// <summary>Snapshot of codes without texts: a listed code that exists keeps its current texts.</summary>
    public bool CodesOnly { get; init; }

    /// <summary>Snapshot from a file without some text columns: a code keeps its current texts where the file has none.</summary>
    public bool InheritMissingTexts { get; init; }

    /// <summary>Known gaps after this file is applied; null keeps the set's current list.</summary>
    public IReadOnlyList<string>? Gaps { get; init; }

    public int Count => Snapshot?.Count ?? DatedRows?.Count ?? 0;
}
