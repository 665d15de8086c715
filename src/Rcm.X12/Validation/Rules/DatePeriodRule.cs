using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// Dates whose format a qualifier sets (X12 element 1250 "Date Time Period Format Qualifier"): DTP03 by DTP02 and
/// DMG02 by DMG01. D8 is one CCYYMMDD date; RD8 a range CCYYMMDD-CCYYMMDD whose start is not after its end. The
/// guides type the value as AN 1-35 because the qualifier decides, so the element check cannot see these.
/// </summary>
internal sealed class DatePeriodRule : TransactionRule
{
    public override IReadOnlyList<string> SegmentIds { get; } = ["DTP", "DMG"];

    private static readonly uint Dtp = Id("DTP");
    private static readonly uint Dmg = Id("DMG");

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        int qualifierAt;
        if (id == Dtp)
        {
            qualifierAt = 2;
        }
        else if (id == Dmg)
        {
            qualifierAt = 1;
        }
        else
        {
            return;
        }

        var qualifier = r.Element(qualifierAt);
        var value = r.Element(qualifierAt + 1);
        if (value.IsEmpty)
        {
            return;
        }

        string? problem = null;
        if (qualifier.SequenceEqual("D8"u8))
        {
            if (value.Length != 8 || !ValueFormats.IsDate(value))
            {
                problem = "is not a real CCYYMMDD date (format D8)";
            }
        }
        else if (qualifier.SequenceEqual("RD8"u8))
        {
            var dash = value.IndexOf((byte)'-');
            if (dash != 8 || value.Length != 17 || !ValueFormats.IsDate(value[..8]) || !ValueFormats.IsDate(value[9..]))
            {
                problem = "is not a date range CCYYMMDD-CCYYMMDD (format RD8)";
            }
            else if (value[..8].SequenceCompareTo(value[9..]) > 0)
            {
                problem = "is a date range that ends before it starts";
            }
        }

        if (problem is not null)
        {
            var position = qualifierAt + 1;
            sink.Add(GuideIssueCodes.InvalidDate, X12Severity.Error,
                $"{IssueCollector.Text(r.SegmentId)}{position:00} '{IssueCollector.Text(value)}' {problem}", r.SegmentOrdinal,
                r.SegmentId, loopId, position, null, value);
        }
    }
}
