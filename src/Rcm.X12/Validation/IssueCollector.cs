using System.Text;

namespace Rcm.X12.Validation;

/// <summary>
/// Collects findings for one file. Allocation happens only here, per finding. After <see cref="Limit"/> findings the
/// rest are counted, not kept, so a file of garbage cannot exhaust memory.
/// </summary>
internal sealed class IssueCollector
{
    public const int Limit = 10_000;
    private const int MaxValueLength = 80;

    public List<X12Issue> Issues { get; } = [];

    public long Dropped { get; private set; }

    public long ErrorCount { get; private set; }

    public void Add(string code, X12Severity severity, string message, long ordinal, ReadOnlySpan<byte> segmentId,
        string? loopId, int? element = null, int? component = null, ReadOnlySpan<byte> value = default)
    {
        if (severity == X12Severity.Error)
        {
            ErrorCount++;
        }

        if (Issues.Count >= Limit)
        {
            Dropped++;
            return;
        }

        Issues.Add(new X12Issue(code, severity, message, ordinal, Encoding.ASCII.GetString(segmentId), loopId, element,
            component, value.IsEmpty ? null : Text(value)));
    }

    public void Add(X12Issue issue)
    {
        if (issue.Severity == X12Severity.Error)
        {
            ErrorCount++;
        }

        if (Issues.Count >= Limit)
        {
            Dropped++;
            return;
        }

        Issues.Add(issue);
    }

    /// <summary>A value for a message: UTF-8, control characters shown as '?', cut at 80 characters.</summary>
    public static string Text(ReadOnlySpan<byte> value)
    {
        var cut = value.Length > MaxValueLength ? value[..MaxValueLength] : value;
        var text = Encoding.UTF8.GetString(cut);
        if (text.Any(char.IsControl))
        {
            text = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        }

        return cut.Length < value.Length ? text + "…" : text;
    }
}
