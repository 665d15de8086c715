using System.Text;
using Rcm.X12;
using Rcm.X12.Reading;

namespace Rcm.Sandbox.Edi;

/// <summary>
/// The segments of one inbound X12 file, read with Rcm.X12's <see cref="X12SegmentReader"/> (the sandbox never
/// tokenizes X12 itself). Unreadable input surfaces as <see cref="X12FormatException"/> from the reader.
/// </summary>
public sealed class EdiDocument
{
    private EdiDocument(IReadOnlyList<EdiSegment> segments, X12Delimiters delimiters)
    {
        Segments = segments;
        Delimiters = delimiters;
    }

    public IReadOnlyList<EdiSegment> Segments { get; }

    public X12Delimiters Delimiters { get; }

    public static EdiDocument Parse(ReadOnlySpan<byte> data)
    {
        var reader = new X12SegmentReader(data);
        var segments = new List<EdiSegment>();
        X12Delimiters delimiters = X12Delimiters.Default;
        while (reader.Read())
        {
            delimiters = reader.Delimiters;
            string id = Encoding.ASCII.GetString(reader.SegmentId);
            string[] elements = new string[reader.ElementCount];
            for (int i = 0; i < elements.Length; i++)
            {
                elements[i] = Encoding.UTF8.GetString(reader.Element(i + 1));
            }

            segments.Add(new EdiSegment(id, elements, (char)delimiters.Component, reader.SegmentOrdinal));
        }

        if (segments.Count == 0)
        {
            throw new X12FormatException(X12ErrorCodes.Empty, "The input holds no X12 segments. At segment 0, byte 0.", 0, 0);
        }

        return new EdiDocument(segments, delimiters);
    }

    public EdiSegment? First(string id) => Segments.FirstOrDefault(s => s.Is(id));

    /// <summary>The transaction sets (ST..SE) of the file, each with the GS it belongs to.</summary>
    public IEnumerable<EdiTransaction> Transactions()
    {
        EdiSegment? isa = null;
        EdiSegment? gs = null;
        List<EdiSegment>? current = null;
        foreach (EdiSegment segment in Segments)
        {
            switch (segment.Id)
            {
                case "ISA":
                    isa = segment;
                    break;
                case "GS":
                    gs = segment;
                    break;
                case "ST":
                    current = [segment];
                    break;
                case "SE" when current is not null:
                    current.Add(segment);
                    yield return new EdiTransaction(isa, gs, current);
                    current = null;
                    break;
                default:
                    current?.Add(segment);
                    break;
            }
        }
    }
}
