using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// HL numbering (every TR3 with HL loops, e.g. X222A1 2000A HL01 note: "HL01 must begin with 1 and be incremented
/// by one each time an HL is used in the transaction"): HL01 runs 1, 2, 3…; HL02 names an earlier HL; HL04=1 only
/// when a later HL names this one as parent, and HL04=0 only when none does.
/// </summary>
internal sealed class HierarchyRule : TransactionRule
{
    public override IReadOnlyList<string> SegmentIds { get; } = ["HL"];

    private static readonly uint Hl = Id("HL");
    private long _expected;
    private byte[] _childCode = new byte[64];
    private bool[] _hasChild = new bool[64];
    private long[] _ordinal = new long[64];
    private long _count;

    public override void Begin()
    {
        _expected = 1;
        _count = 0;
    }

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        if (id != Hl)
        {
            return;
        }

        var hl01 = r.Element(1);
        if (!TryNumber(hl01, out var number) || number != _expected)
        {
            sink.Add(GuideIssueCodes.HierarchyIdOutOfSequence, X12Severity.Error,
                $"HL01 '{IssueCollector.Text(hl01)}' should be {_expected}: HL ids start at 1 and rise by one",
                r.SegmentOrdinal, r.SegmentId, loopId, 1, null, hl01);
            if (number < 1 || number > _count + 1_000_000)
            {
                _expected++;
                return;
            }
        }

        _expected = number + 1;
        Grow(number);
        _count = Math.Max(_count, number);
        _childCode[number] = r.Element(4) is [var code] ? code : (byte)0;
        _hasChild[number] = false;
        _ordinal[number] = r.SegmentOrdinal;
        var hl02 = r.Element(2);
        if (hl02.IsEmpty)
        {
            return;
        }

        if (!TryNumber(hl02, out var parent) || parent < 1 || parent >= number || _ordinal[parent] == 0)
        {
            sink.Add(GuideIssueCodes.HierarchyParentUnknown, X12Severity.Error,
                $"HL02 '{IssueCollector.Text(hl02)}' names no earlier HL in this transaction set", r.SegmentOrdinal,
                r.SegmentId, loopId, 2, null, hl02);
            return;
        }

        _hasChild[parent] = true;
        if (_childCode[parent] == (byte)'0')
        {
            sink.Add(GuideIssueCodes.HierarchyChildCodeWrong, X12Severity.Error,
                $"HL {parent} says it has no child levels (HL04=0), but this HL names it as parent", r.SegmentOrdinal,
                r.SegmentId, loopId, 2, null, hl02);
        }
    }

    public override void End(long ordinal, ReadOnlySpan<byte> segmentId, IssueCollector sink)
    {
        for (var i = 1; i <= _count && i < _ordinal.Length; i++)
        {
            if (_ordinal[i] != 0 && _childCode[i] == (byte)'1' && !_hasChild[i])
            {
                sink.Add(GuideIssueCodes.HierarchyChildMissing, X12Severity.Warning,
                    $"HL {i} says child levels follow (HL04=1), but no later HL names it as parent", _ordinal[i], "HL"u8,
                    null, 4, null, "1"u8);
            }

            _ordinal[i] = 0;
        }
    }

    private void Grow(long number)
    {
        if (number < _ordinal.Length)
        {
            return;
        }

        var size = (int)Math.Min(Math.Max(number + 1, _ordinal.Length * 2L), int.MaxValue - 64);
        Array.Resize(ref _childCode, size);
        Array.Resize(ref _hasChild, size);
        Array.Resize(ref _ordinal, size);
    }
}
