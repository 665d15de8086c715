using System.Runtime.CompilerServices;

namespace Rcm.Codes.Storage;

/// <summary>
/// An immutable, dated code table in memory: rows sorted by key then start day, held column-wise, with
/// an open-addressing hash from key to the key's first row. A look-up is one multiply, one or two probes
/// and a short scan over the key's versions: no allocation, no string compare.
/// </summary>
internal sealed class CodeTable
{
    private readonly int[] _slots; // row + 1 of each distinct key's first row; 0 = empty
    private readonly int _shift;
    private readonly int _mask;

    public CodeTable(ulong[] keys, int[] starts, int[] ends, uint[] attributes, int[]? texts, int[]? details, TextPool pool, int[]? index = null)
    {
        Keys = keys;
        Starts = starts;
        Ends = ends;
        Attributes = attributes;
        _texts = texts;
        _details = details;
        Pool = pool;
        _slots = index ?? BuildIndex(keys);
        int bits = System.Numerics.BitOperations.Log2((uint)_slots.Length);
        _mask = _slots.Length - 1;
        _shift = 64 - bits;
        int distinct = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                distinct++;
            }
        }
        DistinctKeys = distinct;
    }

    /// <summary>
    /// The open-addressing index over sorted keys: a power-of-two table at most half full holding each
    /// distinct key's first row + 1. Throws when the keys are not sorted.
    /// </summary>
    public static int[] BuildIndex(ulong[] keys)
    {
        int distinct = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] < keys[i - 1])
            {
                throw new InvalidDataException($"Code table rows are not sorted at row {i}.");
            }
            if (i == 0 || keys[i] != keys[i - 1])
            {
                distinct++;
            }
        }
        int bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, distinct * 2 - 1)));
        var slots = new int[1 << bits];
        int mask = (1 << bits) - 1, shift = 64 - bits;
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1])
            {
                continue;
            }
            int h = (int)((keys[i] * 0x9E3779B97F4A7C15UL) >> shift);
            while (slots[h] != 0)
            {
                h = (h + 1) & mask;
            }
            slots[h] = i + 1;
        }
        return slots;
    }

    private readonly int[]? _texts;
    private readonly int[]? _details;

    public ulong[] Keys { get; }
    public int[] Starts { get; }
    public int[] Ends { get; }
    public uint[] Attributes { get; }

    /// <summary>Text id of a row (-1 = none).</summary>
    public int TextId(int row) => _texts is null ? -1 : _texts[row];

    /// <summary>Detail text id of a row (-1 = none).</summary>
    public int DetailId(int row) => _details is null ? -1 : _details[row];
    public TextPool Pool { get; }
    public int DistinctKeys { get; }
    public int Count => Keys.Length;

    /// <summary>Approximate bytes held (for `rcm codes status`).</summary>
    public long Bytes => Keys.Length * (8L + 4 + 4 + 4) + ((_texts?.Length ?? 0) + (_details?.Length ?? 0)) * 4L + _slots.Length * 4L + Pool.Bytes;

    /// <summary>The first row of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FirstRow(ulong key)
    {
        int h = Slot(key);
        int r;
        while ((r = _slots[h]) != 0)
        {
            if (Keys[r - 1] == key)
            {
                return r - 1;
            }
            h = (h + 1) & _mask;
        }
        return -1;
    }

    /// <summary>
    /// The row of <paramref name="key"/> in force on <paramref name="day"/>. When the key exists but no row
    /// covers the day, returns the key's row nearest the day with <paramref name="inForce"/> false; -1 when
    /// the key is unknown.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key, int day, out bool inForce)
    {
        int r = FirstRow(key);
        inForce = false;
        if (r < 0)
        {
            return -1;
        }
        int nearest = r;
        ulong[] keys = Keys;
        for (int i = r; i < keys.Length && keys[i] == key; i++)
        {
            if (Starts[i] <= day)
            {
                nearest = i;
                if (day <= Ends[i])
                {
                    inForce = true;
                    return i;
                }
            }
        }
        return nearest;
    }

    /// <summary>The rows of the key (all its versions), as a range.</summary>
    public Range RowsOf(ulong key)
    {
        int r = FirstRow(key);
        if (r < 0)
        {
            return default;
        }
        int end = r;
        while (end < Keys.Length && Keys[end] == key)
        {
            end++;
        }
        return r..end;
    }

    public CodeRow Row(int i) => new(Keys[i], Starts[i], Ends[i], Attributes[i], Pool.Get(TextId(i)), Pool.Get(DetailId(i)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
