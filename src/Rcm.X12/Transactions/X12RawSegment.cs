namespace Rcm.X12.Transactions;

/// <summary>
/// A segment the typed model does not name, kept whole so nothing is silently dropped: its identifier and its
/// elements, each split into components. Written back with the writer's delimiters.
/// </summary>
public sealed record X12RawSegment(string Id, List<List<string>> Elements)
{
    /// <summary>The segment as text with the standard delimiters (<c>*</c> and <c>:</c>), for people.</summary>
    public override string ToString() =>
        Elements.Count == 0 ? Id : Id + "*" + string.Join('*', Elements.Select(e => string.Join(':', e)));
}
