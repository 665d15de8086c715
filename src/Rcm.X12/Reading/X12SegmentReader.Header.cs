namespace Rcm.X12.Reading;

public ref partial struct X12SegmentReader
{
    /// <summary>Length of an ISA segment including its terminator (X12.5: every ISA field has a fixed width).</summary>
    public const int IsaLength = 106;

    // Offsets of the 16 element separators inside an ISA (ISA01 is 2 wide, ISA02 10, ISA03 2, ISA04 10, ISA05 2,
    // ISA06 15, ISA07 2, ISA08 15, ISA09 6, ISA10 4, ISA11 1, ISA12 5, ISA13 9, ISA14 1, ISA15 1, ISA16 1).
    private static ReadOnlySpan<byte> IsaSeparatorOffsets =>
        [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

    private const int RepetitionOffset = 82;
    private const int ComponentOffset = 104;
    private const int TerminatorOffset = 105;

    private enum IsaMatch
    {
        No,
        Yes,
        NeedMoreData,
    }

    private readonly IsaMatch ClassifyIsa(int start)
    {
        ReadOnlySpan<byte> rest = _data[start..];
        if (rest.Length < 4 && !_isFinalBlock && "ISA"u8.StartsWith(rest))
        {
            return IsaMatch.NeedMoreData;
        }

        bool isIsa = rest.Length >= 4 && rest.StartsWith("ISA"u8) && !char.IsAsciiLetterOrDigit((char)rest[3]);
        if (isIsa)
        {
            return IsaMatch.Yes;
        }

        if (!_hasInterchange)
        {
            throw new X12FormatException(
                X12ErrorCodes.NotX12,
                "The input is not X12: it must start with an ISA segment",
                1,
                _baseOffset + start);
        }

        return IsaMatch.No;
    }

    private bool ReadIsa(int start)
    {
        ReadOnlySpan<byte> isa = _data[start..Math.Min(_data.Length, start + IsaLength)];
        byte element = isa[3];
        int separator = 0;
        for (int i = 3; i < isa.Length && i < TerminatorOffset; i++)
        {
            bool expected = separator < IsaSeparatorOffsets.Length && IsaSeparatorOffsets[separator] == i;
            if (expected)
            {
                separator++;
                if (isa[i] != element)
                {
                    throw IsaError(start, i, $"expected the element separator '{Show(element)}' at ISA byte {i}: each ISA field has a fixed width");
                }
            }
            else if (isa[i] == element)
            {
                throw IsaError(start, i, $"element separator '{Show(element)}' at ISA byte {i} inside the fixed-width field ISA{separator:D2}");
            }
            else if (isa[i] < 0x20 && i != RepetitionOffset && i != ComponentOffset)
            {
                throw ControlCharacterError(start + i);
            }
        }

        if (isa.Length < IsaLength)
        {
            if (!_isFinalBlock)
            {
                return Suspend(start);
            }

            throw new X12FormatException(
                X12ErrorCodes.Truncated,
                $"The input ends inside the ISA header ({isa.Length} of {IsaLength} bytes)",
                _segmentsRead + 1,
                _baseOffset + _data.Length);
        }

        byte repetition = isa[RepetitionOffset];
        if (char.IsAsciiLetterOrDigit((char)repetition))
        {
            // Before 005010 ISA11 was the standards identifier (usually U), not a repetition separator.
            repetition = 0;
        }

        X12Delimiters delimiters = new(element, isa[ComponentOffset], repetition, isa[TerminatorOffset]);
        CheckDelimiters(start, delimiters);

        _delimiters = delimiters;
        _hasInterchange = true;
        _segmentStart = start;
        _segmentEnd = start + TerminatorOffset;
        _elementCount = IsaSeparatorOffsets.Length;
        for (int k = 0; k < IsaSeparatorOffsets.Length; k++)
        {
            _separators[k] = start + IsaSeparatorOffsets[k];
        }

        _separators[IsaSeparatorOffsets.Length] = start + TerminatorOffset;

        _consumed = start + IsaLength;
        _mask = 0;
        _blockStart = _consumed;
        _nextBlock = _consumed;
        _segmentsRead++;
        return true;
    }

    private readonly void CheckDelimiters(int start, X12Delimiters delimiters)
    {
        Check(start, delimiters.Element, 3, "element separator");
        Check(start, delimiters.Component, ComponentOffset, "component separator (ISA16)");
        Check(start, delimiters.Segment, TerminatorOffset, "segment terminator");
        if (delimiters.HasRepetition)
        {
            Check(start, delimiters.Repetition, RepetitionOffset, "repetition separator (ISA11)");
        }

        if (delimiters.Component == delimiters.Element || delimiters.Segment == delimiters.Element
            || delimiters.Segment == delimiters.Component)
        {
            throw DelimiterError(start, TerminatorOffset, $"the ISA declares the same character twice ({delimiters})");
        }

        if (delimiters.HasRepetition && (delimiters.Repetition == delimiters.Element
            || delimiters.Repetition == delimiters.Component || delimiters.Repetition == delimiters.Segment))
        {
            throw DelimiterError(start, RepetitionOffset, $"the ISA declares the same character twice ({delimiters})");
        }

    }

    private readonly void Check(int start, byte value, int offset, string name)
    {
        if (char.IsAsciiLetterOrDigit((char)value) || value == (byte)' ')
        {
            throw DelimiterError(start, offset, $"the {name} '{Show(value)}' is a letter, digit or space");
        }
    }

    private readonly X12FormatException IsaError(int start, int offset, string detail) => new(
        X12ErrorCodes.MalformedIsa, $"Malformed ISA header: {detail}", _segmentsRead + 1, _baseOffset + start + offset);

    private readonly X12FormatException DelimiterError(int start, int offset, string detail) => new(
        X12ErrorCodes.InvalidDelimiters, $"Unusable ISA delimiters: {detail}", _segmentsRead + 1, _baseOffset + start + offset);
}
