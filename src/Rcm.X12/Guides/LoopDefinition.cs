namespace Rcm.X12.Guides;

/// <summary>
/// A loop of an implementation guide: its first child is the segment that starts it (the loop's trigger), whose
/// qualifier (for example NM101=85 for 2010AA, HL03=22 for 2000B) tells sibling loops apart.
/// </summary>
public sealed class LoopDefinition : GuideNode
{
    internal LoopDefinition(string id, string name, GuideUsage usage, int maxOccurs, IReadOnlyList<GuideNode> children)
        : base(id, name, usage, maxOccurs)
    {
        Children = children;
    }

    /// <summary>Segments and loops in guide order.</summary>
    public IReadOnlyList<GuideNode> Children { get; }

    /// <summary>The segment that starts the loop.</summary>
    public SegmentDefinition Trigger => (SegmentDefinition)Children[0];

    /// <summary>Finds a loop by id anywhere under this loop (depth first), or null.</summary>
    public LoopDefinition? FindLoop(string id)
    {
        foreach (var child in Children)
        {
            if (child is LoopDefinition loop)
            {
                if (loop.Id == id)
                {
                    return loop;
                }

                if (loop.FindLoop(id) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // Precompiled for the validator: children as arrays, so matching a segment is an index walk.
    internal GuideNode[] ChildArray { get; set; } = [];

    internal bool IsTransaction { get; set; }
}
