namespace Rcm.X12.Guides;

/// <summary>Segment identifiers packed into one integer (up to three ASCII bytes), so matching compares numbers.</summary>
internal static class SegmentIds
{
    /// <summary>Marks an identifier that cannot be a segment id (empty or longer than three bytes).</summary>
    public const uint Invalid = uint.MaxValue;

    public static uint Pack(ReadOnlySpan<byte> id) => id.Length switch
    {
        2 => id[0] | ((uint)id[1] << 8),
        3 => id[0] | ((uint)id[1] << 8) | ((uint)id[2] << 16),
        _ => Invalid,
    };

    public static uint Pack(string id) => Pack(System.Text.Encoding.ASCII.GetBytes(id));
}
