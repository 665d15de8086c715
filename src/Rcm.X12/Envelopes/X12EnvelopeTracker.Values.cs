using Rcm.X12.Reading;

namespace Rcm.X12.Envelopes;

/// <summary>Element values of ISA and GS checked against X12.5 / X12.6.</summary>
public sealed partial class X12EnvelopeTracker
{
    private void CheckIsaValues(ref X12SegmentReader isa)
    {
        long ordinal = isa.SegmentOrdinal;
        CheckCode(ref isa, 1, X12EnvelopeValues.AuthorizationQualifiers, "authorization information qualifier");
        CheckCode(ref isa, 3, X12EnvelopeValues.SecurityQualifiers, "security information qualifier");
        CheckCode(ref isa, 5, X12EnvelopeValues.IdQualifiers, "interchange id qualifier");
        CheckCode(ref isa, 7, X12EnvelopeValues.IdQualifiers, "interchange id qualifier");
        CheckCode(ref isa, 14, X12EnvelopeValues.AcknowledgmentFlags, "acknowledgment requested flag");
        CheckCode(ref isa, 15, X12EnvelopeValues.UsageIndicators, "usage indicator");
        string date = isa.GetString(9);
        if (!X12EnvelopeValues.IsDate(date))
        {
            Add(X12EnvelopeCodes.InvalidIsaValue, ordinal, "ISA", 9, date, "ISA09 must be a date, YYMMDD");
        }

        string time = isa.GetString(10);
        if (!X12EnvelopeValues.IsTime(time, allowSeconds: false))
        {
            Add(X12EnvelopeCodes.InvalidIsaValue, ordinal, "ISA", 10, time, "ISA10 must be a time, HHMM");
        }
    }

    private void CheckCode(ref X12SegmentReader isa, int position, string[] allowed, string name)
    {
        string value = isa.GetString(position);
        if (!allowed.Contains(value))
        {
            Add(X12EnvelopeCodes.InvalidIsaValue, isa.SegmentOrdinal, "ISA", position, value,
                $"ISA{position:D2} is not a valid {name} ({string.Join(", ", allowed)})");
        }
    }

    private void CheckGroupValues(ref X12SegmentReader gs)
    {
        long ordinal = gs.SegmentOrdinal;
        string date = gs.GetString(4);
        if (!X12EnvelopeValues.IsDate(date) || date.Length != 8)
        {
            Add(X12EnvelopeCodes.InvalidGroupValue, ordinal, "GS", 4, date, "GS04 must be a date, CCYYMMDD");
        }

        string time = gs.GetString(5);
        if (!X12EnvelopeValues.IsTime(time, allowSeconds: true))
        {
            Add(X12EnvelopeCodes.InvalidGroupValue, ordinal, "GS", 5, time, "GS05 must be a time, HHMM[SS[D[D]]]");
        }

        string agency = gs.GetString(7);
        if (agency != "X")
        {
            Add(X12EnvelopeCodes.InvalidGroupValue, ordinal, "GS", 7, agency, "GS07 must be X (Accredited Standards Committee X12)");
        }
    }
}
