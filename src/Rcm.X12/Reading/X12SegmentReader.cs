using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Rcm.X12.Reading;

/// <summary>
/// A forward-only pull reader over X12 bytes holding one or more interchanges, each with the delimiters its own ISA
/// declares. Segments and elements are handed out as span views into the input: reading allocates nothing.
/// Modelled on <c>Utf8JsonReader</c>: a <c>ref struct</c> over a span, with the state needed to resume on the next
/// block of a stream kept in <see cref="X12ReaderState"/>.
/// </summary>
/// <remarks>
/// Strict by default: the input must start with an ISA (after an optional UTF-8 byte order mark), every ISA must be
/// the fixed 106 bytes of X12.5, and control characters other than the declared delimiters and line breaks between
/// segments are rejected as binary data. Whitespace after a segment terminator (CR, LF, VT, FF, and spaces or tabs
/// left before a line break) is layout and skipped, so <c>~</c>, <c>~\n</c> and <c>~\r\n</c> files give the same
/// segments and a file never ends in a phantom empty segment. Errors throw <see cref="X12FormatException"/>.
/// </remarks>
public ref partial struct X12SegmentReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly bool _isFinalBlock;
    private readonly long _baseOffset;

    private X12Delimiters _delimiters;
    private bool _hasInterchange;
    private bool _incomplete;
    private long _segmentsRead;

    // Everything before _consumed belongs to segments already handed out.
    private int _consumed;

    private int _segmentStart;
    private int _segmentEnd;
    private int _elementCount;
    private ElementSeparatorOffsets _separators;

    // Block scan: _mask holds the not-yet-visited delimiter/control bits of the 64-byte block at _blockStart.
    private ulong _mask;
    private int _blockStart;
    private int _nextBlock;

    /// <summary>Reads a whole file held in memory.</summary>
    public X12SegmentReader(ReadOnlySpan<byte> data)
        : this(data, isFinalBlock: true, default)
    {
    }

    /// <summary>
    /// Reads one block of a larger input. When <paramref name="isFinalBlock"/> is false, <see cref="Read"/> returns
    /// false at a segment cut by the end of the block; continue with a new reader over the bytes from
    /// <see cref="BytesConsumed"/> on and <see cref="CurrentState"/>.
    /// </summary>
    public X12SegmentReader(ReadOnlySpan<byte> data, bool isFinalBlock, X12ReaderState state)
    {
        _data = data;
        _isFinalBlock = isFinalBlock;
        _baseOffset = state.BytesConsumed;
        _delimiters = state.Delimiters;
        _hasInterchange = state.HasInterchange;
        _segmentsRead = state.SegmentsRead;
        _segmentStart = 0; // before the first Read the segment members read as empty
    }

    /// <summary>The delimiters of the interchange being read (set by each ISA).</summary>
    public readonly X12Delimiters Delimiters => _delimiters;

    /// <summary>The current segment's identifier, e.g. <c>CLM</c> (the bytes before the first element separator).</summary>
    public readonly ReadOnlySpan<byte> SegmentId => Slice(_segmentStart, _separators[0]);

    /// <summary>Number of elements after the identifier: exactly the number of element separators in the segment.</summary>
    public readonly int ElementCount => _elementCount;

    /// <summary>1-based ordinal of the current segment from the start of the file (ISA = 1).</summary>
    public readonly long SegmentOrdinal => _segmentsRead;

    /// <summary>Byte offset of the current segment's first byte from the start of the file.</summary>
    public readonly long ByteOffset => _baseOffset + _segmentStart;

    /// <summary>The current segment without its terminator.</summary>
    public readonly ReadOnlySpan<byte> RawSegment => Slice(_segmentStart, _segmentEnd);

    /// <summary>Bytes of this block fully consumed (segments handed out and the line breaks after them).</summary>
    public readonly int BytesConsumed => _consumed;

    /// <summary>The state to resume from on the next block of a stream.</summary>
    public readonly X12ReaderState CurrentState =>
        new(_delimiters, _segmentsRead, _baseOffset + _consumed, _hasInterchange);

    /// <summary>True when the current segment's identifier equals <paramref name="id"/>.</summary>
    public readonly bool SegmentIs(ReadOnlySpan<byte> id) => SegmentId.SequenceEqual(id);

    /// <summary>
    /// The element at a 1-based <paramref name="position"/> (0 gives the segment identifier); empty when the segment
    /// has fewer elements.
    /// </summary>
    public readonly ReadOnlySpan<byte> Element(int position)
    {
        // Hot path: separator k-1 and k (or the end sentinel) are both kept inline.
        if ((uint)(position - 1) < (uint)Math.Min(_elementCount, ElementSeparatorOffsets.Capacity - 1))
        {
            ref int separators = ref Unsafe.As<ElementSeparatorOffsets, int>(ref Unsafe.AsRef(in _separators));
            return Slice(Unsafe.Add(ref separators, position - 1) + 1, Unsafe.Add(ref separators, position));
        }

        if (position <= 0)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            return SegmentId;
        }

        return position > _elementCount ? default : ElementBeyondCapacity(position);
    }

    /// <summary>
    /// The 1-based <paramref name="component"/> of the composite element at <paramref name="position"/> (component 1
    /// of a simple element is the whole element); empty when absent. For a repeating element this reads the first
    /// repetition; use <see cref="Repetition"/> with <see cref="ComponentOf"/> for the others.
    /// </summary>
    public readonly ReadOnlySpan<byte> Component(int position, int component) =>
        ComponentOf(Repetition(position, 1), component);

    /// <summary>The 1-based <paramref name="component"/> of a composite value, split on the declared component separator.</summary>
    public readonly ReadOnlySpan<byte> ComponentOf(ReadOnlySpan<byte> value, int component)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(component, 1);
        return Piece(value, _delimiters.Component, component);
    }

    /// <summary>
    /// The 1-based <paramref name="repetition"/> of a repeating element at <paramref name="position"/>; the whole
    /// element when the interchange declares no repetition separator and <paramref name="repetition"/> is 1.
    /// </summary>
    public readonly ReadOnlySpan<byte> Repetition(int position, int repetition)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repetition, 1);
        ReadOnlySpan<byte> element = Element(position);
        if (!_delimiters.HasRepetition)
        {
            return repetition == 1 ? element : default;
        }

        return Piece(element, _delimiters.Repetition, repetition);
    }

    /// <summary>The element decoded as UTF-8 (allocates; for typed parsing and messages, not for scanning).</summary>
    public readonly string GetString(int position) => Encoding.UTF8.GetString(Element(position));

    /// <summary>The segment identifier as a string (allocates).</summary>
    public readonly string GetSegmentId() => Encoding.UTF8.GetString(SegmentId);

    // Offsets come from the scan of _data, so they are in range: skip the bounds checks of a range slice.
    private readonly ReadOnlySpan<byte> Slice(int start, int end) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(_data), (nint)(uint)start), end - start);

    private static ReadOnlySpan<byte> Piece(ReadOnlySpan<byte> value, byte separator, int index)
    {
        for (int i = 1; i < index; i++)
        {
            int next = value.IndexOf(separator);
            if (next < 0)
            {
                return default;
            }

            value = value[(next + 1)..];
        }

        int end = value.IndexOf(separator);
        return end < 0 ? value : value[..end];
    }

    private readonly ReadOnlySpan<byte> ElementBeyondCapacity(int position)
    {
        // Walk on from the last separator kept inline; only segments with more than 31 elements come here.
        int separator = _separators[ElementSeparatorOffsets.Capacity - 1];
        for (int k = ElementSeparatorOffsets.Capacity; k < position; k++)
        {
            separator += 1 + _data[(separator + 1).._segmentEnd].IndexOf(_delimiters.Element);
        }

        ReadOnlySpan<byte> rest = _data[(separator + 1).._segmentEnd];
        int end = rest.IndexOf(_delimiters.Element);
        return end < 0 ? rest : rest[..end];
    }
}
