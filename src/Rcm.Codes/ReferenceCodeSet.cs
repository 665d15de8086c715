using System.Runtime.CompilerServices;
using Rcm.Codes.Storage;

namespace Rcm.Codes;

/// <summary>
/// One loaded code set: dated look-ups by code text (chars or ASCII bytes) or packed key. Immutable and
/// thread-safe; look-ups are allocation-free.
/// </summary>
public class ReferenceCodeSet
{
    internal ReferenceCodeSet(CodeSetHeader header, CodeTable table, string origin)
    {
        Header = header;
        Table = table;
        Origin = origin;
        _dataThrough = header.DataThrough.DayNumber;
        _coverageStart = header.CoverageStart.DayNumber;
    }

    private readonly int _dataThrough;
    private readonly int _coverageStart;

    public CodeSetHeader Header { get; }

    /// <summary>"shipped" or the data file an import wrote.</summary>
    public string Origin { get; }

    /// <summary>Rows (one per code and version).</summary>
    public int RowCount => Table.Count;

    /// <summary>Distinct codes (or pairs).</summary>
    public int CodeCount => Table.DistinctKeys;

    /// <summary>Approximate bytes held in memory.</summary>
    public long MemoryBytes => Table.Bytes;

    internal CodeTable Table { get; }

    public CodeEntry Lookup(ReadOnlySpan<char> code, DateOnly dateOfService) =>
        CodeKey.TryPack(code, out ulong key) ? Lookup(key, dateOfService) : default;

    public CodeEntry Lookup(ReadOnlySpan<byte> code, DateOnly dateOfService) =>
        CodeKey.TryPack(code, out ulong key) ? Lookup(key, dateOfService) : default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CodeEntry Lookup(ulong key, DateOnly dateOfService)
    {
        int day = dateOfService.DayNumber;
        int row = Table.Find(key, day, out bool inForce);
        if (row < 0)
        {
            return new CodeEntry(this, -1, CodeStatus.NotFound, day > _dataThrough, day < _coverageStart);
        }
        return new CodeEntry(this, row, inForce ? CodeStatus.Valid : CodeStatus.NotInForce, day > _dataThrough, day < _coverageStart);
    }

    /// <summary>True when the code is in force on the date (the common check in edits).</summary>
    public bool IsValid(ReadOnlySpan<char> code, DateOnly dateOfService) => Lookup(code, dateOfService).IsValid;

    /// <summary>Every version of a code, oldest first (allocates; for display and audits).</summary>
    public IReadOnlyList<CodeEntry> History(ReadOnlySpan<char> code)
    {
        if (!CodeKey.TryPack(code, out ulong key))
        {
            return [];
        }
        Range range = Table.RowsOf(key);
        var list = new List<CodeEntry>();
        for (int i = range.Start.Value; i < range.End.Value; i++)
        {
            list.Add(new CodeEntry(this, i, CodeStatus.NotInForce, false, false));
        }
        return list;
    }

    /// <summary>All rows, for exports and imports that layer a new version on this one.</summary>
    public IEnumerable<CodeRow> Rows()
    {
        for (int i = 0; i < Table.Count; i++)
        {
            yield return Table.Row(i);
        }
    }
}
