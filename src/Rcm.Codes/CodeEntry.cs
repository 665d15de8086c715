using Rcm.Codes.Storage;

namespace Rcm.Codes;

/// <summary>
/// Result of a dated look-up: a small struct pointing at one row of a loaded set, so looking up never
/// allocates; the description is decoded only when asked for.
/// </summary>
public readonly struct CodeEntry
{
    private readonly ReferenceCodeSet? _set;
    private readonly int _row;

    internal CodeEntry(ReferenceCodeSet set, int row, CodeStatus status, bool stale, bool beforeCoverage)
    {
        _set = set;
        _row = row;
        Status = status;
        IsStale = stale;
        IsBeforeCoverage = beforeCoverage;
    }

    public CodeStatus Status { get; }

    /// <summary>The code is in some loaded version of the set.</summary>
    public bool Exists => Status != CodeStatus.NotFound;

    /// <summary>The code is in force on the date of service.</summary>
    public bool IsValid => Status == CodeStatus.Valid;

    /// <summary>
    /// The date of service is after the newest loaded version's end: the answer comes from the newest
    /// version and may be out of date. A warning, never a reason to block by itself.
    /// </summary>
    public bool IsStale { get; }

    /// <summary>The date of service is before the oldest loaded version: validity then is assumed, not known.</summary>
    public bool IsBeforeCoverage { get; }

    /// <summary>The set that answered (null when the code could not be packed).</summary>
    public ReferenceCodeSet? Set => _set;

    /// <summary>The packed code (or code pair) of the row; 0 when not found.</summary>
    public ulong Key => Exists ? Table.Keys[_row] : 0;

    /// <summary>The code as text (allocates).</summary>
    public string? Code => Exists ? CodeKey.Unpack(Table.Keys[_row]) : null;

    /// <summary>Description or name (allocated once per row, then cached).</summary>
    public string? Description => Exists ? Table.Pool.Get(Table.TextId(_row)) : null;

    /// <summary>Second text where the set has one (POS long description, CARC usage notes, NCCI rationale).</summary>
    public string? Detail => Exists ? Table.Pool.Get(Table.DetailId(_row)) : null;

    /// <summary>First day of service of this row; null when in force since before the loaded data.</summary>
    public DateOnly? ValidFrom => Exists && Table.Starts[_row] != CodeRow.OpenStart ? DateOnly.FromDayNumber(Table.Starts[_row]) : null;

    /// <summary>Last day of service of this row; null while in force in the newest version.</summary>
    public DateOnly? ValidThrough => Exists && Table.Ends[_row] != CodeRow.OpenEnd ? DateOnly.FromDayNumber(Table.Ends[_row]) : null;

    /// <summary>Set-specific packed attributes (typed sets read them for you).</summary>
    public uint Attributes => Exists ? Table.Attributes[_row] : 0;

    internal int Row => _row;

    private CodeTable Table => _set!.Table;
}
