using Rcm.Codes.Storage;

namespace Rcm.Codes;

/// <summary>NCCI add-on code (AOC) edits: which codes are add-ons and which primary codes they need.</summary>
public sealed class AddOnCodeEdits
{
    private readonly ReferenceCodeSet _addOns;

    internal AddOnCodeEdits(ReferenceCodeSet pairs)
    {
        Pairs = pairs;
        _addOns = new ReferenceCodeSet(pairs.Header with { Id = pairs.Header.Id + "-codes" }, BuildAddOnTable(pairs.Table), pairs.Origin);
    }

    /// <summary>The (add-on, primary) pairs; primary "CCCCC" = no specific list (CMS convention).</summary>
    public ReferenceCodeSet Pairs { get; }

    /// <summary>Is <paramref name="addOn"/> an add-on code on the date (no primary considered).</summary>
    public AddOnEdit Find(ReadOnlySpan<char> addOn, DateOnly dateOfService) =>
        CodeKey.TryPack(addOn, out ulong a) ? new AddOnEdit(_addOns.Lookup(a, dateOfService), false) : default;

    /// <summary>The add-on's edit, checking whether <paramref name="primary"/> is on its primary list.</summary>
    public AddOnEdit Find(ReadOnlySpan<char> addOn, ReadOnlySpan<char> primary, DateOnly dateOfService) =>
        CodeKey.TryPack(addOn, out ulong a) && CodeKey.TryPack(primary, out ulong p) ? Find(a, p, dateOfService) : default;

    public AddOnEdit Find(ulong addOn, ulong primary, DateOnly dateOfService)
    {
        CodeEntry entry = _addOns.Lookup(addOn, dateOfService);
        if (!entry.IsValid)
        {
            return new AddOnEdit(entry, false);
        }
        bool listed = CodeKey.TryPackPair(addOn, primary, out ulong pair) && Pairs.Lookup(pair, dateOfService).IsValid;
        return new AddOnEdit(entry, listed);
    }

    // One row per add-on code: type from its pairs, in force from the earliest start to the latest end.
    private static CodeTable BuildAddOnTable(CodeTable pairs)
    {
        var rows = new List<CodeRow>();
        for (int i = 0; i < pairs.Count; i++)
        {
            (ulong addOn, _) = CodeKey.SplitPair(pairs.Keys[i]);
            if (rows.Count > 0 && rows[^1].Key == addOn)
            {
                CodeRow last = rows[^1];
                rows[^1] = last with { Start = Math.Min(last.Start, pairs.Starts[i]), End = Math.Max(last.End, pairs.Ends[i]) };
                continue;
            }
            rows.Add(new CodeRow(addOn, pairs.Starts[i], pairs.Ends[i], pairs.Attributes[i], null, null));
        }
        return new CodeTable(
            rows.Select(r => r.Key).ToArray(), rows.Select(r => r.Start).ToArray(), rows.Select(r => r.End).ToArray(),
            rows.Select(r => r.Attributes).ToArray(), null, null, TextPool.Empty);
    }
}
