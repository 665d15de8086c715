namespace Rcm.Codes;

/// <summary>CARC or RARC codes with dates and their reviewed denial categories.</summary>
public sealed class DenialReasonCodeSet
{
    private readonly DenialCategory[] _categoryByRow;

    internal DenialReasonCodeSet(ReferenceCodeSet codes, IReadOnlyDictionary<ulong, DenialCategory> categories)
    {
        Codes = codes;
        _categoryByRow = new DenialCategory[codes.Table.Count];
        for (int i = 0; i < _categoryByRow.Length; i++)
        {
            _categoryByRow[i] = categories.TryGetValue(codes.Table.Keys[i], out DenialCategory c) ? c : DenialCategory.Other;
        }
        Categories = categories;
    }

    public ReferenceCodeSet Codes { get; }

    /// <summary>The mapping table as loaded (packed code → category).</summary>
    public IReadOnlyDictionary<ulong, DenialCategory> Categories { get; }

    public DenialReason Find(ReadOnlySpan<char> code, DateOnly date) =>
        CodeKey.TryPack(code, out ulong key) ? Find(key, date) : default;

    public DenialReason Find(ReadOnlySpan<byte> code, DateOnly date) =>
        CodeKey.TryPack(code, out ulong key) ? Find(key, date) : default;

    public DenialReason Find(ulong key, DateOnly date)
    {
        CodeEntry e = Codes.Lookup(key, date);
        return new DenialReason(e, e.Exists ? _categoryByRow[e.Row] : DenialCategory.Other);
    }
}
