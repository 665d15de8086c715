using Rcm.X12.Reading;

namespace Rcm.X12.Transactions;

/// <summary>
/// Builds one typed transaction from the segments between its ST and SE, one segment at a time, so the file is
/// walked once and nothing is buffered. Each family has one mapper (one state machine over its loops).
/// </summary>
internal abstract class X12TransactionMapper
{
    protected X12TransactionMapper(X12FieldDecoder decoder) => Decoder = decoder;

    protected X12FieldDecoder Decoder { get; }

    /// <summary>Takes the reader's current segment (never ST or SE).</summary>
    public abstract void Read(ref X12SegmentReader reader);

    /// <summary>The transaction built so far; called at SE (or when the transaction is cut short).</summary>
    public abstract X12Transaction Complete();
}
