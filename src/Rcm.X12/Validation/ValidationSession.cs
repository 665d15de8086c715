using System.Text;
using Rcm.X12.Envelopes;
using Rcm.X12.Guides;
using Rcm.X12.Reading;

namespace Rcm.X12.Validation;

/// <summary>
/// One pass over a file: every segment goes to the envelope tracker (x12reader's ISA/GS/ST checks) and, inside a
/// transaction set with a guide, to the <see cref="TransactionValidator"/>.
/// </summary>
internal sealed class ValidationSession
{
    private readonly IssueCollector _sink = new();
    private readonly X12EnvelopeTracker _tracker = new();
    private readonly TransactionValidator _transaction;
    private readonly Dictionary<long, (string Version, GuideMatch Match)> _guides = [];
    private bool _inGuidedTransaction;
    private long _lastOrdinal;

    public ValidationSession() => _transaction = new TransactionValidator(_sink);

    // Hot path: compiled optimized at once, so a one-file CLI run does not spend its time in unoptimized code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Observe(ref X12SegmentReader r)
    {
        _tracker.Observe(ref r);
        _lastOrdinal = r.SegmentOrdinal;
        var id = r.SegmentId;
        if (id.Length == 2 && id[0] == (byte)'S' && id[1] == (byte)'T')
        {
            EndTransaction(r.SegmentOrdinal, id);
            BeginTransaction(ref r);
        }
        else if (id.Length == 2 && id[0] == (byte)'S' && id[1] == (byte)'E')
        {
            if (_inGuidedTransaction)
            {
                _transaction.Segment(ref r);
                EndTransaction(r.SegmentOrdinal, id);
            }
        }
        else if (id.Length > 1 && (id[0] == (byte)'G' || id[0] == (byte)'I') && IsEnvelope(id))
        {
            EndTransaction(r.SegmentOrdinal, id);
        }
        else if (_inGuidedTransaction)
        {
            _transaction.Segment(ref r);
        }
    }

    public X12ValidationReport Complete()
    {
        EndTransaction(_lastOrdinal, "SE"u8);
        var envelope = _tracker.Complete();
        foreach (var issue in envelope.Issues)
        {
            _sink.Add(issue);
        }

        if (_sink.Dropped > 0)
        {
            _sink.Issues.Add(new X12Issue(GuideIssueCodes.TooManyFindings, X12Severity.Info,
                $"{_sink.Dropped} further findings are not listed (the first {IssueCollector.Limit} are)", _lastOrdinal, "",
                null, null, null, null));
        }

        var issues = _sink.Issues.OrderBy(i => i.SegmentOrdinal).ToArray();
        var transactions = new List<X12TransactionValidation>();
        foreach (var interchange in envelope.Interchanges)
        {
            foreach (var group in interchange.Groups)
            {
                foreach (var t in group.Transactions)
                {
                    Add(t, group);
                }
            }
        }

        return new X12ValidationReport(envelope, issues, transactions, _sink.ErrorCount);

        void Add(X12TransactionEnvelope t, X12GroupEnvelope? group)
        {
            // Keyed by the ST's ordinal: an ST outside any group has no envelope entry and must not shift the others.
            var (version, match) = _guides.TryGetValue(t.FirstSegmentOrdinal, out var g) ? g : ("", default);
            var from = LowerBound(issues, t.FirstSegmentOrdinal);
            var to = LowerBound(issues, t.LastSegmentOrdinal + 1);
            transactions.Add(new X12TransactionValidation(t, group, version, match, issues[from..to]));
        }
    }

    private void BeginTransaction(ref X12SegmentReader st)
    {
        var setId = Encoding.ASCII.GetString(st.Element(1));
        var st03 = st.Element(3);
        var gs08 = _tracker.CurrentGroup?.Version ?? "";
        var version = st03.IsEmpty ? gs08 : Encoding.ASCII.GetString(st03);
        var match = GuideCatalog.Find(setId, version);
        _guides[st.SegmentOrdinal] = (version, match);
        // ST03 against GS08 is the envelope tracker's check (X12129); the transaction is checked as ST03 says.
        switch (match.Kind)
        {
            case GuideMatchKind.None:
                _sink.Add(GuideIssueCodes.NoGuide, X12Severity.Warning, NoGuideMessage(setId, version), st.SegmentOrdinal,
                    st.SegmentId, null, null, null, Encoding.ASCII.GetBytes(setId + " " + version));
                _inGuidedTransaction = false;
                return;
            case GuideMatchKind.Variant:
                _sink.Add(GuideIssueCodes.VersionVariant, X12Severity.Warning,
                    $"Version {version} is not the HIPAA-adopted {match.Guide!.Version}; checked against {match.Guide.Version}",
                    st.SegmentOrdinal, st.SegmentId, null, st03.IsEmpty ? null : 3, null,
                    Encoding.ASCII.GetBytes(version));
                break;
        }

        // A variant's ST03 names its own addendum; TR3002 already says so, so ST is not checked against our code.
        _transaction.Begin(match.Guide!, ref st, checkHeader: match.Kind == GuideMatchKind.Exact);
        _inGuidedTransaction = true;
    }

    private void EndTransaction(long ordinal, ReadOnlySpan<byte> segmentId)
    {
        if (_inGuidedTransaction)
        {
            _transaction.End(ordinal, segmentId);
            _inGuidedTransaction = false;
        }
    }

    private static bool IsEnvelope(ReadOnlySpan<byte> id) =>
        id.SequenceEqual("GE"u8) || id.SequenceEqual("GS"u8) || id.SequenceEqual("IEA"u8) || id.SequenceEqual("ISA"u8);

    private static int LowerBound(X12Issue[] issues, long ordinal)
    {
        int lo = 0, hi = issues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (issues[mid].SegmentOrdinal < ordinal)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string NoGuideMessage(string setId, string version)
    {
        var what = version switch
        {
            _ when version.StartsWith("004010", StringComparison.Ordinal) =>
                "it is X12 4010, and this engine holds 5010 guides only",
            _ when version.StartsWith("005010X224", StringComparison.Ordinal) => "837 Dental (X224) has no guide here",
            _ when version.StartsWith("005010X220", StringComparison.Ordinal) => "834 Benefit Enrollment (X220) has no guide here",
            _ when version.StartsWith("005010X218", StringComparison.Ordinal) => "820 Premium Payment (X218) has no guide here",
            _ when version.StartsWith("005010X291", StringComparison.Ordinal) ||
                   version.StartsWith("005010X292", StringComparison.Ordinal) =>
                "837 predetermination of benefits (X291/X292) has no guide here",
            _ when version.StartsWith("005010X298", StringComparison.Ordinal) =>
                "837 post-adjudicated claims data reporting (X298) has no guide here",
            "" => "it names no version (no ST03 and no GS08)",
            _ => "no guide here covers this transaction set and version",
        };
        return $"Transaction set {setId} version {(version.Length == 0 ? "(none)" : version)} was not checked against an implementation guide: {what}. Only its envelope was checked.";
    }
}
