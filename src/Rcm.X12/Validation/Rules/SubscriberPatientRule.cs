using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// 837P/837I: when the subscriber is the patient (2000B SBR02 = 18, "Self"), the patient level 2000C is not sent
/// (X222A1 and X223A2, 2000C situational rule: "Required when the patient is a person other than the subscriber").
/// </summary>
internal sealed class SubscriberPatientRule : TransactionRule
{
    public override IReadOnlyList<string> SegmentIds { get; } = ["HL", "SBR"];

    private static readonly uint Hl = Id("HL");
    private static readonly uint Sbr = Id("SBR");
    private readonly HashSet<long> _selfSubscribers = [];
    private long _currentHl;

    public override void Begin()
    {
        _selfSubscribers.Clear();
        _currentHl = 0;
    }

    public override void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink)
    {
        if (id == Hl)
        {
            _ = TryNumber(r.Element(1), out _currentHl);
            if (r.Element(3).SequenceEqual("23"u8) && TryNumber(r.Element(2), out var parent) && _selfSubscribers.Contains(parent))
            {
                sink.Add(GuideIssueCodes.PatientLoopWithSubscriberPatient, X12Severity.Error,
                    $"Patient level 2000C follows subscriber HL {parent}, whose SBR02 is 18 (the subscriber is the patient); send no 2000C then",
                    r.SegmentOrdinal, r.SegmentId, loopId, 3, null, r.Element(3));
            }
        }
        else if (id == Sbr && loopId == "2000B" && r.Element(2).SequenceEqual("18"u8))
        {
            _selfSubscribers.Add(_currentHl);
        }
    }
}
