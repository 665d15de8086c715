namespace Rcm.X12.Envelopes;

/// <summary>One functional group (GS … GE) with its transaction sets.</summary>
public sealed class X12GroupEnvelope
{
    internal List<X12TransactionEnvelope> TransactionList { get; } = [];

    /// <summary>GS01, the functional identifier code, e.g. <c>HC</c> for 837, <c>HP</c> for 835.</summary>
    public required string FunctionalId { get; init; }

    /// <summary>GS02, the application sender's code.</summary>
    public required string SenderCode { get; init; }

    /// <summary>GS03, the application receiver's code.</summary>
    public required string ReceiverCode { get; init; }

    /// <summary>GS04, CCYYMMDD.</summary>
    public required string Date { get; init; }

    /// <summary>GS05, HHMM[SS[D[D]]].</summary>
    public required string Time { get; init; }

    /// <summary>GS06, the group control number.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>GS08, the version / release / industry identifier, e.g. <c>005010X222A1</c>.</summary>
    public required string Version { get; init; }

    /// <summary>1-based ordinal of the GS segment.</summary>
    public long FirstSegmentOrdinal { get; init; }

    /// <summary>Ordinal of the GE segment, or of the last segment before the group was cut off.</summary>
    public long LastSegmentOrdinal { get; internal set; }

    /// <summary>GE01 as declared; null when GE is missing or GE01 is not a number.</summary>
    public long? DeclaredTransactionCount { get; internal set; }

    /// <summary>True when the group ends with its GE.</summary>
    public bool IsClosed { get; internal set; }

    /// <summary>The transaction sets in file order.</summary>
    public IReadOnlyList<X12TransactionEnvelope> Transactions => TransactionList;
}
