using System.Buffers.Text;
using Rcm.X12.Reading;

namespace Rcm.X12.Validation.Rules;

/// <summary>
/// A check across segments of one transaction set (SNIP level 3–4 without outside data): it sees every segment after
/// the guide has placed it, and reports at the end of the transaction what does not add up.
/// </summary>
internal abstract class TransactionRule
{
    /// <summary>The segments the rule looks at; the validator calls <see cref="Segment"/> only for these.</summary>
    public abstract IReadOnlyList<string> SegmentIds { get; }

    public virtual void Begin()
    {
    }

    public abstract void Segment(ref X12SegmentReader r, uint id, string? loopId, IssueCollector sink);

    public virtual void End(long ordinal, ReadOnlySpan<byte> segmentId, IssueCollector sink)
    {
    }

    protected static bool TryAmount(ReadOnlySpan<byte> value, out decimal amount) =>
        Utf8Parser.TryParse(value, out amount, out var used) && used == value.Length;

    protected static decimal AmountOrZero(ReadOnlySpan<byte> value) => TryAmount(value, out var a) ? a : 0m;

    protected static bool TryNumber(ReadOnlySpan<byte> value, out long number) =>
        Utf8Parser.TryParse(value, out number, out var used) && used == value.Length && value.Length > 0;

    protected static uint Id(string id) => Guides.SegmentIds.Pack(id);
}
