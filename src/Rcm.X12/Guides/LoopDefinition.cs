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
        _trigger = children.Count > 0 ? children[0] as SegmentDefinition : null;
    }

    private readonly SegmentDefinition? _trigger;

    /// <summary>Segments and loops in guide order.</summary>
    public IReadOnlyList<GuideNode> Children { get; }

    /// <summary>The segment that starts the loop.</summary>
    public SegmentDefinition Trigger => _trigger ?? throw new InvalidOperationException($"Loop {Id} does not start with a segment.");

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

    /// <summary>Distinct segment ids among the children (a child loop counts with its trigger's id).</summary>
    internal uint[] ChildIds { get; private set; } = [];

    /// <summary>Indexes of the required children after the trigger, in order.</summary>
    internal int[] RequiredIndexes { get; private set; } = [];

    /// <summary>For each id of <see cref="ChildIds"/>, the child indexes in guide order that start with it.</summary>
    internal int[][] ChildIndexes { get; private set; } = [];

    /// <summary>Builds the id → child indexes table, so finding a segment's place is a short scan, not a walk.</summary>
    internal void IndexChildren()
    {
        var ids = new List<uint>();
        var indexes = new List<List<int>>();
        for (var i = 0; i < ChildArray.Length; i++)
        {
            var id = ChildArray[i] is SegmentDefinition s ? s.PackedId : ((LoopDefinition)ChildArray[i]).Trigger.PackedId;
            var at = ids.IndexOf(id);
            if (at < 0)
            {
                ids.Add(id);
                indexes.Add([]);
                at = ids.Count - 1;
            }

            indexes[at].Add(i);
        }

        ChildIds = [.. ids];
        RequiredIndexes = [.. Enumerable.Range(1, Math.Max(ChildArray.Length - 1, 0)).Where(i => ChildArray[i].Usage == GuideUsage.Required)];
        ChildIndexes = [.. indexes.Select(l => l.ToArray())];
    }
}
