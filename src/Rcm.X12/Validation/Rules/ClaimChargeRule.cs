using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// 837: the total claim charge CLM02 equals the sum of the service line charges, SV102 in 837P (X222A1 2300 CLM02
/// note) and SV203 in 837I (X223A2 2300 CLM02 note).
/// </summary>
internal sealed class ClaimChargeRule(string lineSegment, int chargePosition) : TransactionRule
{
    public override IReadOnlyList<string> SegmentIds { get; } = ["CLM", "HL", lineSegment];

    private static readonly uint Clm = Id("CLM");
    private static readonly uint Hl = Id("HL");
    private readonly uint _line = Id(lineSegment);
    private bool _open;
    private bool _readable;
    private decimal _claimCharge;
    private decimal _lineSum;
    private int _lines;
    private long _ordinal;

    public override void Begin() => _open = false;

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        if (id == Clm)
        {
            Finish(sink);
            _open = true;
            _readable = TryAmount(r.Element(2), out _claimCharge);
            _lineSum = 0;
            _lines = 0;
            _ordinal = r.SegmentOrdinal;
        }
        else if (id == _line && _open)
        {
            var charge = r.Component(chargePosition, 1);
            if (TryAmount(r.Element(chargePosition), out var amount) || TryAmount(charge, out amount))
            {
                _lineSum += amount;
                _lines++;
            }
            else
            {
                _readable = false;
            }
        }
        else if (id == Hl)
        {
            Finish(sink);
        }
    }

    public override void End(long ordinal, ReadOnlySpan<byte> segmentId, IssueCollector sink) => Finish(sink);

    private void Finish(IssueCollector sink)
    {
        if (_open && _readable && _lines > 0 && _claimCharge != _lineSum)
        {
            sink.Add(BalancingIssueCodes.ClaimCharge, X12Severity.Error,
                $"CLM02 total charge {_claimCharge} differs from the sum of the {_lines} line charge(s) {_lineSum}",
                _ordinal, "CLM"u8, "2300", 2, null, System.Text.Encoding.ASCII.GetBytes(_claimCharge.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        _open = false;
    }
}
