using System.Buffers;
using System.Text;

namespace Rcm.Bench.Generators;

/// <summary>Appends segments as ASCII with <c>* : ^ ~</c> delimiters and an optional line break after each.</summary>
internal sealed class SegmentSink(bool lineBreaks)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public int SegmentCount { get; private set; }

    public int Length => _buffer.WrittenCount;

    public void Add(params string[] elements)
    {
        int last = elements.Length - 1;
        while (last > 0 && elements[last].Length == 0)
        {
            last--; // X12.6: trailing empty elements are not sent.
        }

        for (int i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                Append("*");
            }

            Append(elements[i]);
        }

        Append(lineBreaks ? "~\n" : "~");
        SegmentCount++;
    }

    public void AddRaw(string text) => Append(text);

    public byte[] ToArrayAndClear()
    {
        byte[] bytes = _buffer.WrittenSpan.ToArray();
        _buffer.ResetWrittenCount();
        SegmentCount = 0;
        return bytes;
    }

    private void Append(string text)
    {
        Span<byte> target = _buffer.GetSpan(text.Length);
        int written = Encoding.ASCII.GetBytes(text, target);
        _buffer.Advance(written);
    }
}
