namespace Rcm.X12;

/// <summary>
/// Input that cannot be read as X12 (a broken ISA, a truncated file, binary data). Conformance problems in readable
/// input never throw; they are reported as issues. The message always ends with the position.
/// </summary>
public sealed class X12FormatException : Exception
{
    public X12FormatException(string code, string message, long segmentOrdinal, long byteOffset)
        : base($"{message} (segment {segmentOrdinal}, byte offset {byteOffset})")
    {
        Code = code;
        SegmentOrdinal = segmentOrdinal;
        ByteOffset = byteOffset;
    }

    /// <summary>One of the <see cref="X12ErrorCodes"/> constants.</summary>
    public string Code { get; }

    /// <summary>1-based ordinal of the segment being read when the problem was found (ISA = 1; 0 before any).</summary>
    public long SegmentOrdinal { get; }

    /// <summary>0-based byte offset of the offending byte from the start of the input.</summary>
    public long ByteOffset { get; }
}
