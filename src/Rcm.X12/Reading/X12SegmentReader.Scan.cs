using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Rcm.X12.Reading;

public ref partial struct X12SegmentReader
{
    private const int BlockSize = 64;

    /// <summary>
    /// Moves to the next segment. Returns false at the end of the input, or, in a block that is not final, at a
    /// segment the block cuts short. Throws <see cref="X12FormatException"/> on input that is not readable X12.
    /// </summary>
    public bool Read()
    {
        if (_incomplete)
        {
            return false;
        }

        // Hot path: an ordinary segment inside an interchange. Everything else (end of input, a byte order mark,
        // an ISA, the first segment) goes through ReadSpecial, kept out of line so this method stays small.
        int start = SkipLayout(_consumed);
        if ((uint)start < (uint)_data.Length && _hasInterchange)
        {
            byte first = _data[start];
            if (first != (byte)'I' && first != 0xEF)
            {
                return ScanSegment(start);
            }
        }

        return ReadSpecial(start);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadSpecial(int start)
    {
        if (start >= _data.Length)
        {
            return AtEnd(start);
        }

        byte first = _data[start];
        if (first == 0xEF)
        {
            // A UTF-8 byte order mark: at the start of a file, or of a file concatenated after another one.
            ReadOnlySpan<byte> rest = _data[start..];
            if (rest.Length < 3 && !_isFinalBlock && "\uFEFF"u8.StartsWith(rest))
            {
                return Suspend(start);
            }

            if (rest.StartsWith("\uFEFF"u8))
            {
                start = SkipLayout(start + 3);
                if (start >= _data.Length)
                {
                    return AtEnd(start);
                }

                first = _data[start];
            }
        }

        if (!_hasInterchange || first == (byte)'I')
        {
            switch (ClassifyIsa(start))
            {
                case IsaMatch.Yes:
                    return ReadIsa(start);
                case IsaMatch.NeedMoreData:
                    return Suspend(start);
            }
        }

        return ScanSegment(start);
    }

    private bool ScanSegment(int start)
    {
        ReadOnlySpan<byte> data = _data;
        byte element = _delimiters.Element;
        byte terminator = _delimiters.Segment;
        ulong mask = _mask;
        int blockStart = _blockStart;
        int nextBlock = _nextBlock;

        // Bits left in the pending block may point before this segment (line breaks skipped since): drop them.
        if (start >= nextBlock)
        {
            mask = 0;
            nextBlock = start;
        }
        else if (start > blockStart)
        {
            mask &= ulong.MaxValue << (start - blockStart);
        }

        int count = 0;
        ref int separators = ref Unsafe.As<ElementSeparatorOffsets, int>(ref _separators);
        while (true)
        {
            while (mask == 0)
            {
                if (nextBlock >= data.Length)
                {
                    _mask = 0;
                    _blockStart = nextBlock;
                    _nextBlock = nextBlock;
                    return SegmentCutShort(start);
                }

                blockStart = nextBlock;
                mask = FindMarks(data, blockStart, element, terminator);
                nextBlock = Math.Min(blockStart + BlockSize, data.Length);
            }

            int position = blockStart + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            byte value = Unsafe.Add(ref MemoryMarshal.GetReference(data), position);
            if (value == element)
            {
                if (count < ElementSeparatorOffsets.Capacity)
                {
                    Unsafe.Add(ref separators, count) = position;
                }

                count++;
            }
            else if (value == terminator)
            {
                if (count < ElementSeparatorOffsets.Capacity)
                {
                    Unsafe.Add(ref separators, count) = position; // end sentinel: element k ends at separators[k]
                }

                _mask = mask;
                _blockStart = blockStart;
                _nextBlock = nextBlock;
                _segmentStart = start;
                _segmentEnd = position;
                _elementCount = count;
                _consumed = position + 1;
                _segmentsRead++;
                return true;
            }
            else if (value != _delimiters.Component && value != _delimiters.Repetition)
            {
                throw ControlCharacterError(position);
            }
        }
    }

    /// <summary>
    /// Bit i set when byte <paramref name="blockStart"/>+i is the element separator, the segment terminator or any
    /// control character (below 0x20): one vector pass per 64 bytes instead of one search per element, because
    /// elements average about four bytes (PERFORMANCE.md: per-token IndexOfAny is 8 times slower than a bitmask scan).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FindMarks(ReadOnlySpan<byte> data, int blockStart, byte element, byte terminator)
    {
        if (Vector256.IsHardwareAccelerated && blockStart + BlockSize <= data.Length)
        {
            ref byte origin = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), blockStart);
            Vector256<byte> low = Vector256.LoadUnsafe(ref origin);
            Vector256<byte> high = Vector256.LoadUnsafe(ref origin, 32);
            Vector256<byte> elements = Vector256.Create(element);
            Vector256<byte> terminators = Vector256.Create(terminator);
            Vector256<byte> space = Vector256.Create((byte)0x20);
            Vector256<byte> lowMarks = Vector256.Equals(low, elements) | Vector256.Equals(low, terminators)
                | Vector256.LessThan(low, space);
            Vector256<byte> highMarks = Vector256.Equals(high, elements) | Vector256.Equals(high, terminators)
                | Vector256.LessThan(high, space);
            return lowMarks.ExtractMostSignificantBits() | ((ulong)highMarks.ExtractMostSignificantBits() << 32);
        }

        if (Vector128.IsHardwareAccelerated && blockStart + BlockSize <= data.Length)
        {
            // Machines without AVX2 (and ARM64): the same scan in four 16-byte pieces.
            ref byte origin = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), blockStart);
            Vector128<byte> elements = Vector128.Create(element);
            Vector128<byte> terminators = Vector128.Create(terminator);
            Vector128<byte> space = Vector128.Create((byte)0x20);
            ulong mask = 0;
            for (int piece = 0; piece < 4; piece++)
            {
                Vector128<byte> bytes = Vector128.LoadUnsafe(ref origin, (nuint)(piece * 16));
                Vector128<byte> marks = Vector128.Equals(bytes, elements) | Vector128.Equals(bytes, terminators)
                    | Vector128.LessThan(bytes, space);
                mask |= (ulong)marks.ExtractMostSignificantBits() << (piece * 16);
            }

            return mask;
        }

        return FindMarksScalar(data, blockStart, element, terminator);
    }

    private static ulong FindMarksScalar(ReadOnlySpan<byte> data, int blockStart, byte element, byte terminator)
    {
        ulong mask = 0;
        int end = Math.Min(blockStart + BlockSize, data.Length);
        for (int i = blockStart; i < end; i++)
        {
            byte value = data[i];
            if (value == element || value == terminator || value < 0x20)
            {
                mask |= 1UL << (i - blockStart);
            }
        }

        return mask;
    }

    private readonly int SkipLayout(int position)
    {
        ReadOnlySpan<byte> data = _data;
        while ((uint)position < (uint)data.Length && IsLayout(data[position]))
        {
            position++;
        }

        return position;
    }

    // Line breaks (CR, LF, VT, FF) after a terminator are layout, not data, and so are spaces or tabs left before
    // them (seen in hand-edited files): a segment identifier never starts with whitespace.
    private static bool IsLayout(byte value) => value is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t' or 0x0B or 0x0C;

    private bool AtEnd(int position)
    {
        if (!_isFinalBlock)
        {
            _consumed = position;
            _incomplete = true;
            return false;
        }

        _consumed = _data.Length;
        if (!_hasInterchange)
        {
            throw new X12FormatException(
                X12ErrorCodes.Empty, "The input is empty: an X12 file starts with an ISA segment", 0, _baseOffset + position);
        }

        return false;
    }

    private bool Suspend(int position)
    {
        _consumed = position;
        _incomplete = true;
        return false;
    }

    private bool SegmentCutShort(int start)
    {
        if (!_isFinalBlock)
        {
            return Suspend(start);
        }

        throw new X12FormatException(
            X12ErrorCodes.Truncated,
            $"The input ends inside a segment: no segment terminator '{Show(_delimiters.Segment)}' after it",
            _segmentsRead + 1,
            _baseOffset + start);
    }

    private readonly X12FormatException ControlCharacterError(int position) => new(
        X12ErrorCodes.ControlCharacter,
        $"Control character 0x{_data[position]:X2} inside a segment: the input holds binary data or is not X12",
        _segmentsRead + 1,
        _baseOffset + position);

    private static string Show(byte value) => value is < 0x20 or 0x7F ? $"0x{value:X2}" : ((char)value).ToString();
}
