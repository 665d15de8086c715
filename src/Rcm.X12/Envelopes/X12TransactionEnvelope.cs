namespace Rcm.X12.Envelopes;

/// <summary>One transaction set (ST … SE) as found in the file: what it is and where it lies.</summary>
public sealed class X12TransactionEnvelope
{
    /// <summary>ST01, the transaction set identifier, e.g. <c>837</c>.</summary>
    public required string SetId { get; init; }

    /// <summary>ST02, the transaction set control number.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>ST03, the implementation convention reference (e.g. <c>005010X222A1</c>); null when absent.</summary>
    public string? ImplementationReference { get; init; }

    /// <summary>1-based ordinal of the ST segment in the file.</summary>
    public long FirstSegmentOrdinal { get; init; }

    /// <summary>Ordinal of the SE segment, or of the last segment before the set was cut off when SE is missing.</summary>
    public long LastSegmentOrdinal { get; internal set; }

    /// <summary>Byte offset of the ST segment.</summary>
    public long ByteOffset { get; init; }

    /// <summary>Bytes from ST through the last segment's terminator (line breaks after it excluded).</summary>
    public long ByteLength { get; internal set; }

    /// <summary>Segments counted from ST to SE inclusive.</summary>
    public long SegmentCount => LastSegmentOrdinal - FirstSegmentOrdinal + 1;

    /// <summary>SE01 as declared; null when SE is missing or SE01 is not a number.</summary>
    public long? DeclaredSegmentCount { get; internal set; }

    /// <summary>True when the set ends with its SE.</summary>
    public bool IsClosed { get; internal set; }
}
