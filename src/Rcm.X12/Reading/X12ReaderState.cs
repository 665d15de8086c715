namespace Rcm.X12.Reading;

/// <summary>
/// What an <see cref="X12SegmentReader"/> must carry from one block of input to the next when a file is read in
/// pieces (the delimiters of the open interchange, how many segments and bytes are behind it), like
/// <c>JsonReaderState</c> for <c>Utf8JsonReader</c>. A default instance is the state at the start of a file.
/// </summary>
public readonly struct X12ReaderState
{
    internal X12ReaderState(X12Delimiters delimiters, long segmentsRead, long bytesConsumed, bool inInterchange)
    {
        Delimiters = delimiters;
        SegmentsRead = segmentsRead;
        BytesConsumed = bytesConsumed;
        HasInterchange = inInterchange;
    }

    /// <summary>The delimiters declared by the last ISA read (default before any).</summary>
    public X12Delimiters Delimiters { get; }

    /// <summary>Segments read so far from the start of the file.</summary>
    public long SegmentsRead { get; }

    /// <summary>Bytes of the file fully consumed so far (the next block starts at this offset).</summary>
    public long BytesConsumed { get; }

    /// <summary>True once an ISA has been read; before that the next segment must be an ISA.</summary>
    public bool HasInterchange { get; }
}
