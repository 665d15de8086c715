namespace Rcm.Sandbox.Edi;

/// <summary>One transaction set (ST through SE) with the interchange and group headers around it.</summary>
public sealed record EdiTransaction(EdiSegment? Isa, EdiSegment? Gs, IReadOnlyList<EdiSegment> Segments)
{
    public string SetId => Segments[0][1];

    public string ControlNumber => Segments[0][2];

    /// <summary>ST03, or GS08 when ST03 is absent.</summary>
    public string Version => Segments[0][3] is { Length: > 0 } v ? v : Gs?[8] ?? string.Empty;

    /// <summary>SE01 as sent, and the true count of segments from ST to SE.</summary>
    public (int Declared, int Actual) SegmentCount =>
        (int.TryParse(Segments[^1][1], out int declared) ? declared : -1, Segments.Count);

    public string SenderId => Isa?[6].Trim() ?? string.Empty;

    public string ReceiverId => Isa?[8].Trim() ?? string.Empty;

    /// <summary>Body segments between ST and SE.</summary>
    public IEnumerable<EdiSegment> Body => Segments.Skip(1).Take(Segments.Count - 2);
}
