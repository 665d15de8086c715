using System.Globalization;
using System.Text;
using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// 835 balancing, X221A1 section 1.10.2.1 ("Balancing"):
/// <list type="bullet">
/// <item>service line (1.10.2.1.2): SVC02 submitted charge − Σ line CAS amounts = SVC03 paid;</item>
/// <item>claim (1.10.2.1.1): CLP03 total charge − Σ CAS amounts at claim and line level = CLP04 paid;</item>
/// <item>transaction (1.10.2.1.3): BPR02 = Σ CLP04 − Σ PLB provider adjustment amounts.</item>
/// </list>
/// CAS amounts sit at CAS03, 06, 09, 12, 15 and 18; PLB amounts at PLB04, 06, 08, 10, 12 and 14. Amounts are
/// compared exactly (they carry at most two decimals).
/// </summary>
internal sealed class RemittanceBalanceRule : TransactionRule
{
    public override IReadOnlyList<string> SegmentIds { get; } = ["BPR", "CLP", "SVC", "CAS", "PLB", "LX"];

    private static readonly uint Bpr = Id("BPR");
    private static readonly uint Clp = Id("CLP");
    private static readonly uint Svc = Id("SVC");
    private static readonly uint Cas = Id("CAS");
    private static readonly uint Plb = Id("PLB");
    private static readonly uint Lx = Id("LX");

    private Amount _bpr;
    private decimal _paidSum;
    private decimal _plbSum;
    private bool _totalsReadable;
    private Claim _claim;
    private Line _line;

    public override void Begin()
    {
        _bpr = default;
        _paidSum = 0;
        _plbSum = 0;
        _totalsReadable = true;
        _claim = default;
        _line = default;
    }

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        if (id == Bpr)
        {
            _bpr = new Amount(TryAmount(r.Element(2), out var v), v, r.SegmentOrdinal);
        }
        else if (id == Clp)
        {
            FinishLine(sink);
            FinishClaim(sink);
            var charge = TryAmount(r.Element(3), out var c);
            var paid = TryAmount(r.Element(4), out var p);
            _claim = new Claim(true, charge && paid, c, p, 0, r.SegmentOrdinal);
            _totalsReadable &= paid;
            _paidSum += p;
        }
        else if (id == Svc)
        {
            FinishLine(sink);
            var charge = TryAmount(r.Element(2), out var c);
            var paid = TryAmount(r.Element(3), out var p);
            _line = new Line(true, charge && paid, c, p, 0, r.SegmentOrdinal);
        }
        else if (id == Cas)
        {
            var sum = 0m;
            var readable = true;
            for (var p = 3; p <= 18; p += 3)
            {
                var value = r.Element(p);
                if (value.IsEmpty)
                {
                    continue;
                }

                readable &= TryAmount(value, out var a);
                sum += a;
            }

            if (_claim.Open)
            {
                _claim.Adjustments += sum;
                _claim.Readable &= readable;
            }

            if (_line.Open && loopId == "2110")
            {
                _line.Adjustments += sum;
                _line.Readable &= readable;
            }
        }
        else if (id == Plb)
        {
            FinishLine(sink);
            FinishClaim(sink);
            for (var p = 4; p <= 14; p += 2)
            {
                var value = r.Element(p);
                if (!value.IsEmpty)
                {
                    _totalsReadable &= TryAmount(value, out var a);
                    _plbSum += a;
                }
            }
        }
        else if (id == Lx)
        {
            FinishLine(sink);
            FinishClaim(sink);
        }
    }

    public override void End(long ordinal, ReadOnlySpan<byte> segmentId, IssueCollector sink)
    {
        FinishLine(sink);
        FinishClaim(sink);
        var expected = _paidSum - _plbSum;
        if (_bpr.Readable && _totalsReadable && _bpr.Value != expected)
        {
            sink.Add(BalancingIssueCodes.RemittanceTotal, X12Severity.Error,
                $"BPR02 total payment {Show(_bpr.Value)} differs from the sum of claim payments {Show(_paidSum)} less provider adjustments {Show(_plbSum)} = {Show(expected)}",
                _bpr.Ordinal, "BPR"u8, null, 2, null, Bytes(_bpr.Value));
        }
    }

    private void FinishLine(IssueCollector sink)
    {
        if (_line.Open && _line.Readable && _line.Charge - _line.Adjustments != _line.Paid)
        {
            sink.Add(BalancingIssueCodes.ServiceLinePayment, X12Severity.Error,
                $"SVC02 charge {Show(_line.Charge)} less line adjustments {Show(_line.Adjustments)} = {Show(_line.Charge - _line.Adjustments)}, but SVC03 paid is {Show(_line.Paid)}",
                _line.Ordinal, "SVC"u8, "2110", 3, null, Bytes(_line.Paid));
        }

        _line = default;
    }

    private void FinishClaim(IssueCollector sink)
    {
        if (_claim.Open && _claim.Readable && _claim.Charge - _claim.Adjustments != _claim.Paid)
        {
            sink.Add(BalancingIssueCodes.ClaimPayment, X12Severity.Error,
                $"CLP03 charge {Show(_claim.Charge)} less claim and line adjustments {Show(_claim.Adjustments)} = {Show(_claim.Charge - _claim.Adjustments)}, but CLP04 paid is {Show(_claim.Paid)}",
                _claim.Ordinal, "CLP"u8, "2100", 4, null, Bytes(_claim.Paid));
        }

        _claim = default;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] Bytes(decimal value) => Encoding.ASCII.GetBytes(Show(value));

    private record struct Amount(bool Readable, decimal Value, long Ordinal);

    private record struct Claim(bool Open, bool Readable, decimal Charge, decimal Paid, decimal Adjustments, long Ordinal);

    private record struct Line(bool Open, bool Readable, decimal Charge, decimal Paid, decimal Adjustments, long Ordinal);
}
