namespace Rcm.Codes;

/// <summary>NCCI procedure-to-procedure edits (practitioner), keyed by the packed (column 1, column 2) pair.</summary>
public sealed class NcciPtpEdits
{
    internal NcciPtpEdits(ReferenceCodeSet pairs) => Pairs = pairs;

    public ReferenceCodeSet Pairs { get; }

    public NcciPairEdit FindPair(ReadOnlySpan<char> column1, ReadOnlySpan<char> column2, DateOnly dateOfService) =>
        CodeKey.TryPack(column1, out ulong a) && CodeKey.TryPack(column2, out ulong b) ? FindPair(a, b, dateOfService) : default;

    public NcciPairEdit FindPair(ReadOnlySpan<byte> column1, ReadOnlySpan<byte> column2, DateOnly dateOfService) =>
        CodeKey.TryPack(column1, out ulong a) && CodeKey.TryPack(column2, out ulong b) ? FindPair(a, b, dateOfService) : default;

    /// <summary>Looks up a pair of packed codes (see <see cref="CodeKey.TryPack(ReadOnlySpan{char}, out ulong)"/>).</summary>
    public NcciPairEdit FindPair(ulong column1, ulong column2, DateOnly dateOfService) =>
        CodeKey.TryPackPair(column1, column2, out ulong pair) ? new NcciPairEdit(Pairs.Lookup(pair, dateOfService)) : default;
}
