using Rcm.X12.Validation;

namespace Rcm.X12.Envelopes;

/// <summary>The envelope structure of a file: interchanges → groups → transaction sets, and every envelope finding.</summary>
public sealed class X12EnvelopeReport
{
    internal X12EnvelopeReport(IReadOnlyList<X12InterchangeEnvelope> interchanges, IReadOnlyList<X12Issue> issues, long segmentCount)
    {
        Interchanges = interchanges;
        Issues = issues;
        SegmentCount = segmentCount;
    }

    /// <summary>The interchanges in file order.</summary>
    public IReadOnlyList<X12InterchangeEnvelope> Interchanges { get; }

    /// <summary>Envelope findings in file order (codes in <see cref="X12EnvelopeCodes"/>).</summary>
    public IReadOnlyList<X12Issue> Issues { get; }

    /// <summary>Segments in the file.</summary>
    public long SegmentCount { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == X12Severity.Error);

    /// <summary>
    /// Transaction sets that no interchange holds: an ST outside any GS, or in a GS outside any ISA (each also has an
    /// envelope finding). Not part of <see cref="Interchanges"/> or <see cref="Transactions"/>.
    /// </summary>
    public IReadOnlyList<X12TransactionEnvelope> OrphanTransactions { get; init; } = [];

    /// <summary>Every transaction set inside an interchange and group, in order.</summary>
    public IEnumerable<X12TransactionEnvelope> Transactions =>
        Interchanges.SelectMany(i => i.Groups).SelectMany(g => g.Transactions);
}
