using Rcm.X12.Envelopes;

namespace Rcm.X12.Validation;

/// <summary>Everything validation found in one file: every finding in file order, and a verdict per transaction set.</summary>
public sealed class X12ValidationReport
{
    private readonly Dictionary<X12TransactionEnvelope, X12TransactionValidation> _byEnvelope;

    internal X12ValidationReport(X12EnvelopeReport envelope, IReadOnlyList<X12Issue> issues,
        IReadOnlyList<X12TransactionValidation> transactions, long errorCount)
    {
        Envelope = envelope;
        Issues = issues;
        Transactions = transactions;
        ErrorCount = errorCount;
        _byEnvelope = transactions.ToDictionary(t => t.Envelope, ReferenceEqualityComparer.Instance as IEqualityComparer<X12TransactionEnvelope>
            ?? EqualityComparer<X12TransactionEnvelope>.Default);
    }

    /// <summary>The interchange / group / transaction structure.</summary>
    public X12EnvelopeReport Envelope { get; }

    /// <summary>Every finding (envelope, guide, balancing) in file order; at most 10,000 are kept.</summary>
    public IReadOnlyList<X12Issue> Issues { get; }

    /// <summary>One verdict per transaction set, in file order.</summary>
    public IReadOnlyList<X12TransactionValidation> Transactions { get; }

    /// <summary>Error findings, counting any beyond the kept list.</summary>
    public long ErrorCount { get; }

    /// <summary>True when nothing is an error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The verdict for one transaction set of <see cref="Envelope"/>.</summary>
    public X12TransactionValidation For(X12TransactionEnvelope transaction) => _byEnvelope[transaction];

    /// <summary>Findings on a group's own segments (GS, GE, or between transaction sets), not inside a transaction.</summary>
    public IEnumerable<X12Issue> GroupIssues(X12GroupEnvelope group)
    {
        var transactions = group.Transactions;
        var t = 0;
        foreach (var issue in Issues.SkipWhile(i => i.SegmentOrdinal < group.FirstSegmentOrdinal))
        {
            if (issue.SegmentOrdinal > group.LastSegmentOrdinal)
            {
                yield break;
            }

            // Issues and transaction sets are both in file order: walk them together.
            while (t < transactions.Count && transactions[t].LastSegmentOrdinal < issue.SegmentOrdinal)
            {
                t++;
            }

            if (t == transactions.Count || issue.SegmentOrdinal < transactions[t].FirstSegmentOrdinal)
            {
                yield return issue;
            }
        }
    }
}
