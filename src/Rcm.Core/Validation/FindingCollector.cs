namespace Rcm.Core.Validation;

/// <summary>
/// Collects the findings of one claim. Reusable: <see cref="Clear"/> keeps the list's capacity, so validating a stream of clean
/// claims allocates nothing here.
/// </summary>
public sealed class FindingCollector
{
    private readonly List<Finding> _findings = new(8);

    public IReadOnlyList<Finding> Findings => _findings;

    public int Count => _findings.Count;

    public int BlockingCount { get; private set; }

    public bool HasBlocking => BlockingCount > 0;

    public void Add(Finding finding)
    {
        _findings.Add(finding);
        if (finding.IsBlocking)
        {
            BlockingCount++;
        }
    }

    public void Add(RuleDescriptor rule, string field, int? lineNumber, string message, string fix) =>
        Add(new Finding(rule.Id, rule.Severity, field, lineNumber, message, fix));

    public void Clear()
    {
        _findings.Clear();
        BlockingCount = 0;
    }

    /// <summary>A copy of the findings collected so far, for a result that outlives the collector.</summary>
    public Finding[] ToArray() => _findings.ToArray();
}
