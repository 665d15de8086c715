namespace Rcm.Sandbox.Edi;

/// <summary>
/// One segment of an inbound file, copied out of <see cref="Rcm.X12.Reading.X12SegmentReader"/> as strings: the
/// sandbox handles small real-time requests and batches, and walks loops back and forth, so convenience beats speed.
/// </summary>
public sealed class EdiSegment
{
    private readonly string[] _elements;
    private readonly char _component;

    public EdiSegment(string id, string[] elements, char component, long ordinal)
    {
        Id = id;
        _elements = elements;
        _component = component;
        Ordinal = ordinal;
    }

    public string Id { get; }

    /// <summary>1-based segment ordinal in the file (ISA = 1).</summary>
    public long Ordinal { get; }

    public int ElementCount => _elements.Length;

    /// <summary>The element at a 1-based position; empty when absent.</summary>
    public string this[int position] => position >= 1 && position <= _elements.Length ? _elements[position - 1] : string.Empty;

    /// <summary>The 1-based component of a composite element; empty when absent.</summary>
    public string Component(int position, int component)
    {
        string[] parts = this[position].Split(_component);
        return component >= 1 && component <= parts.Length ? parts[component - 1] : string.Empty;
    }

    /// <summary>All components of a composite element.</summary>
    public string[] Components(int position) => this[position].Split(_component);

    public bool Is(string id) => string.Equals(Id, id, StringComparison.Ordinal);

    public override string ToString() => Id + "*" + string.Join('*', _elements);
}
