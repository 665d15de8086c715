namespace Rcm.Codes;

/// <summary>A CARC or RARC look-up with its denial category.</summary>
public readonly struct DenialReason
{
    internal DenialReason(CodeEntry entry, DenialCategory category)
    {
        Entry = entry;
        Category = category;
    }

    public CodeEntry Entry { get; }

    public bool Exists => Entry.Exists;

    public bool IsValid => Entry.IsValid;

    public bool IsStale => Entry.IsStale;

    public string? Description => Entry.Description;

    /// <summary>The reviewed denial category (Other when the code is unknown).</summary>
    public DenialCategory Category { get; }
}
