namespace Rcm.X12;

/// <summary>
/// Stable codes carried by <see cref="X12FormatException"/>: input that cannot be read as X12 at all. These are
/// permanent identifiers; never reuse or renumber one. Conformance findings use <c>Validation.X12Issue</c> instead.
/// </summary>
public static class X12ErrorCodes
{
    /// <summary>The input does not begin with an ISA segment (after an optional UTF-8 byte order mark).</summary>
    public const string NotX12 = "X12001";

    /// <summary>An ISA segment is not the fixed 106 bytes with its element separator at every fixed place.</summary>
    public const string MalformedIsa = "X12002";

    /// <summary>An ISA declares delimiters that cannot work: repeated, a letter or digit, or a space.</summary>
    public const string InvalidDelimiters = "X12003";

    /// <summary>The input ends inside a segment (the last segment has no terminator, or the ISA is cut short).</summary>
    public const string Truncated = "X12004";

    /// <summary>A control character (binary data) sits inside a segment.</summary>
    public const string ControlCharacter = "X12005";

    /// <summary>A segment is longer than the stream reader's buffer cap.</summary>
    public const string SegmentTooLong = "X12006";

    /// <summary>The input is empty or holds only whitespace.</summary>
    public const string Empty = "X12007";
}
