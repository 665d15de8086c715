namespace Rcm.X12.Guides;

/// <summary>A loop or a segment in a guide's tree, in the order the guide lists them.</summary>
public abstract class GuideNode
{
    private protected GuideNode(string id, string name, GuideUsage usage, int maxOccurs)
    {
        Id = id;
        Name = name;
        Usage = usage;
        MaxOccurs = maxOccurs;
    }

    /// <summary>Loop id (<c>2300</c>) or segment id (<c>CLM</c>).</summary>
    public string Id { get; }

    /// <summary>The guide's name for it, e.g. <c>Claim Information</c>.</summary>
    public string Name { get; }

    /// <summary>Required, situational or not used.</summary>
    public GuideUsage Usage { get; }

    /// <summary>Loop repeat or segment maximum use; <see cref="int.MaxValue"/> for "&gt;1" (unbounded).</summary>
    public int MaxOccurs { get; }
}
