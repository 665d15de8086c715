using System.Runtime.CompilerServices;

namespace Rcm.X12.Reading;

/// <summary>
/// Offsets of the first <see cref="Capacity"/> element separators of the current segment, kept inline in the reader so
/// that reading a segment allocates nothing. No HIPAA 5010 segment has more than 24 elements (MIA); longer segments
/// still read correctly, their later elements are found by scanning.
/// </summary>
[InlineArray(Capacity)]
internal struct ElementSeparatorOffsets
{
    public const int Capacity = 32;

    private int _first;
}
