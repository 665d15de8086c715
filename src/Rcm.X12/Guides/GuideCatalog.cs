namespace Rcm.X12.Guides;

/// <summary>
/// The 5010 implementation guides this engine holds, parsed on first use (each guide only when a transaction needs
/// it, so a run that sees only 835s never parses the 837 guides). Thread-safe.
/// </summary>
public static class GuideCatalog
{
    private static readonly Dictionary<string, Lazy<ImplementationGuide>> ByKey = new (string Key, Func<string> Text)[]
    {
        ("837 005010X222A1", () => Data.Guide837P.Text),
        ("837 005010X223A2", () => Data.Guide837I.Text),
        ("835 005010X221A1", () => Data.Guide835.Text),
        ("270 005010X279A1", () => Data.Guide270.Text),
        ("271 005010X279A1", () => Data.Guide271.Text),
        ("276 005010X212", () => Data.Guide276.Text),
        ("277 005010X212", () => Data.Guide277.Text),
        ("277 005010X214", () => Data.Guide277CA.Text),
        ("278 005010X217", () => Data.Guide278.Text),
        ("999 005010X231A1", () => Data.Guide999.Text),
    }.ToDictionary(
        e => e.Key,
        e => new Lazy<ImplementationGuide>(() => GuideTextParser.Parse(e.Text()), LazyThreadSafetyMode.ExecutionAndPublication));

    /// <summary>Every (ST01, version) pair a guide exists for, e.g. <c>837 005010X222A1</c>.</summary>
    public static IReadOnlyCollection<string> Keys => ByKey.Keys;

    /// <summary>The guide for a transaction set id and exact version, or null.</summary>
    public static ImplementationGuide? Get(string transactionSetId, string version) =>
        ByKey.TryGetValue(transactionSetId + " " + version, out var lazy) ? lazy.Value : null;

    /// <summary>
    /// Finds the guide for ST01 and a version (ST03, else GS08). A version of the same guide with another addendum
    /// (<c>005010X222A2</c>, <c>005010X279</c>) is a <see cref="GuideMatchKind.Variant"/> of ours.
    /// </summary>
    public static GuideMatch Find(string transactionSetId, string version)
    {
        if (Get(transactionSetId, version) is { } exact)
        {
            return new GuideMatch(exact, GuideMatchKind.Exact);
        }

        var root = GuideBase(version);
        if (root.Length == 0)
        {
            return default;
        }

        foreach (var (key, lazy) in ByKey)
        {
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (key.AsSpan(0, space).SequenceEqual(transactionSetId) && GuideBase(key[(space + 1)..]) == root)
            {
                return new GuideMatch(lazy.Value, GuideMatchKind.Variant);
            }
        }

        return default;
    }

    /// <summary>The version without its addendum suffix: 005010X222A1 → 005010X222; empty when not a 5010 TR3 id.</summary>
    internal static string GuideBase(string version)
    {
        if (!version.StartsWith("005010X", StringComparison.Ordinal) || version.Length < 10)
        {
            return "";
        }

        var end = 7;
        while (end < version.Length && char.IsAsciiDigit(version[end]))
        {
            end++;
        }

        return version[..end];
    }
}
