namespace Rcm.X12.Guides;

/// <summary>A segment at one place in a guide: its usage, maximum use, elements and syntax notes.</summary>
public sealed class SegmentDefinition : GuideNode
{
    internal SegmentDefinition(string id, string name, GuideUsage usage, int maxOccurs,
        IReadOnlyList<ElementDefinition?> elements, IReadOnlyList<SyntaxRule> rules)
        : base(id, name, usage, maxOccurs)
    {
        Elements = elements;
        Rules = rules;
    }

    /// <summary>Elements by position (index 0 = position 1); null where the guide gives no definition.</summary>
    public IReadOnlyList<ElementDefinition?> Elements { get; }

    /// <summary>X12 syntax notes (P, R, E, C, L) the segment carries.</summary>
    public IReadOnlyList<SyntaxRule> Rules { get; }

    /// <summary>
    /// True when the guide lists no elements for the segment (hand-written guides note such gaps): only its place,
    /// usage and repeats are checked.
    /// </summary>
    public bool ElementsUnchecked => Elements.Count == 0;

    /// <summary>The element at a 1-based position, or null.</summary>
    public ElementDefinition? Element(int position) =>
        position >= 1 && position <= Elements.Count ? Elements[position - 1] : null;

    // Precompiled for the validator.
    internal uint PackedId { get; set; }

    /// <summary>1-based element position whose codes identify this segment among same-id siblings (0 = none).</summary>
    internal int KeyPosition { get; set; }

    /// <summary>Component of a composite key element (1), or 0 when the key element is simple.</summary>
    internal int KeyComponent { get; set; }

    internal byte[][]? KeyCodes
    {
        get => _keyCodes;
        set
        {
            _keyCodes = value;
            KeyPacked = value is not null && value.All(c => c.Length is > 0 and <= 8) ? [.. value.Select(c => ElementDefinition.Pack(c))] : null;
        }
    }

    /// <summary>The key codes packed into integers when all are 1–8 bytes.</summary>
    internal ulong[]? KeyPacked { get; private set; }

    private byte[][]? _keyCodes;

    /// <summary>True when a later definition in the same loop has the same segment id.</summary>
    internal bool HasLaterTwin { get; set; }

    internal ElementDefinition?[] ElementArray { get; set; } = [];

    internal SyntaxRule[] RuleArray { get; set; } = [];

    /// <summary>
    /// Bit i set when transaction rule i of this guide (in the order TransactionRules.For gives, which is fixed per
    /// guide) looks at this segment. Written once per guide before use; every writer writes the same value.
    /// </summary>
    internal ulong RuleMask { get; set; }
}
