namespace Rcm.X12.Envelopes;

/// <summary>
/// One interchange (ISA … IEA) with its groups. ISA fields are fixed-width and space-padded in the file; the values
/// here have trailing spaces removed.
/// </summary>
public sealed class X12InterchangeEnvelope
{
    internal List<X12GroupEnvelope> GroupList { get; } = [];

    /// <summary>The delimiters this interchange declares.</summary>
    public required X12Delimiters Delimiters { get; init; }

    /// <summary>ISA05, the sender's id qualifier.</summary>
    public required string SenderQualifier { get; init; }

    /// <summary>ISA06, the sender id.</summary>
    public required string SenderId { get; init; }

    /// <summary>ISA07, the receiver's id qualifier.</summary>
    public required string ReceiverQualifier { get; init; }

    /// <summary>ISA08, the receiver id.</summary>
    public required string ReceiverId { get; init; }

    /// <summary>ISA09, YYMMDD.</summary>
    public required string Date { get; init; }

    /// <summary>ISA10, HHMM.</summary>
    public required string Time { get; init; }

    /// <summary>ISA12, the interchange control version, e.g. <c>00501</c>.</summary>
    public required string Version { get; init; }

    /// <summary>ISA13, the interchange control number.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>ISA14, 1 when the sender asks for a TA1.</summary>
    public required string AcknowledgmentRequested { get; init; }

    /// <summary>ISA15, P (production) or T (test).</summary>
    public required string UsageIndicator { get; init; }

    /// <summary>1-based ordinal of the ISA segment.</summary>
    public long FirstSegmentOrdinal { get; init; }

    /// <summary>Byte offset of the ISA segment.</summary>
    public long ByteOffset { get; init; }

    /// <summary>Ordinal of the IEA, or of the last segment before the interchange was cut off.</summary>
    public long LastSegmentOrdinal { get; internal set; }

    /// <summary>IEA01 as declared; null when IEA is missing or IEA01 is not a number.</summary>
    public long? DeclaredGroupCount { get; internal set; }

    /// <summary>True when the interchange ends with its IEA.</summary>
    public bool IsClosed { get; internal set; }

    /// <summary>The functional groups in file order.</summary>
    public IReadOnlyList<X12GroupEnvelope> Groups => GroupList;
}
