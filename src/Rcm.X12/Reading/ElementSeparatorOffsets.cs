using System.Runtime.CompilerServices;

namespace Rcm.X12.Reading;

/// <summary>
/// Offsets of the element separators of the current segment, followed by the offset of its terminator as an end
/// sentinel (so element k always spans separator k-1 to entry k), kept inline so that reading allocates nothing. No HIPAA 5010 segment has more than 24 elements (MIA); longer segments
/// still read correctly, their later elements are found by scanning.
/// </summary>
[InlineArray(Capacity)]
internal struct ElementSeparatorOffsets
{
    public const int Capacity = 32;

    private int _first;
}
