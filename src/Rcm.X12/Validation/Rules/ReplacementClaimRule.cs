using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// 837P/837I: a replacement (CLM05-3 = 7) or void (CLM05-3 = 8) names the claim it changes, in 2300 REF*F8 "Payer
/// Claim Control Number" (X222A1 and X223A2 2300 REF*F8 situational rule: "Required when CLM05-3 indicates
/// replacement or void to a previously adjudicated claim").
/// </summary>
internal sealed class ReplacementClaimRule : TransactionRule
{
    private static readonly uint Clm = Id("CLM");
    private static readonly uint Ref = Id("REF");
    private bool _open;
    private bool _needsReference;
    private bool _hasReference;
    private byte _frequency;
    private long _ordinal;

    public override IReadOnlyList<string> SegmentIds { get; } = ["CLM", "REF", "HL", "LX"];

    public override void Begin() => _open = false;

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        if (id == Clm)
        {
            Finish(sink);
            var frequency = r.Component(5, 3);
            _open = true;
            _frequency = frequency.Length == 1 ? frequency[0] : (byte)0;
            _needsReference = _frequency is (byte)'7' or (byte)'8';
            _hasReference = false;
            _ordinal = r.SegmentOrdinal;
        }
        else if (id == Ref)
        {
            if (_open && loopId == "2300" && r.Element(1).SequenceEqual("F8"u8))
            {
                _hasReference = true;
            }
        }
        else
        {
            // HL starts another subscriber or patient; LX starts the lines, after every 2300 REF.
            Finish(sink);
        }
    }

    public override void End(long ordinal, ReadOnlySpan<byte> segmentId, IssueCollector sink) => Finish(sink);

    private void Finish(IssueCollector sink)
    {
        if (_open && _needsReference && !_hasReference)
        {
            sink.Add(GuideIssueCodes.ReplacementWithoutOriginal, X12Severity.Error,
                $"CLM05-3 is {(char)_frequency} ({(_frequency == (byte)'7' ? "replacement" : "void")}), but the claim has no REF*F8 with the payer's claim control number of the original",
                _ordinal, "CLM"u8, "2300", 5, 3, [_frequency]);
        }

        _open = false;
    }
}
