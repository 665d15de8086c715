using System.Buffers;
using System.Text;
using Rcm.X12.Reading;
using Rcm.X12.Tests.Transactions;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Writing;

/// <summary>
/// Every readable corpus file read segment by segment and re-written through <see cref="X12Writer"/> with its own
/// delimiters and line-break style, the envelopes through Begin/End calls so the writer computes every count.
/// Canonical files come back byte for byte. The exceptions, each checked segment by segment:
/// a UTF-8 byte order mark, irregular whitespace between segments, or no line break after the last segment of a
/// file that has one after every other segment (layout, not content: compared without it); trailing empty elements
/// (X12.5 forbids them and the writer drops them); SE/GE/IEA trailers whose count or control number in the file is
/// wrong (the writer writes the true ones).
/// </summary>
public class X12WriterCorpusRewriteTests
{
    public static TheoryData<string> Files() => TypedCorpus.ReadableFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void Rewrites_corpus_file_byte_for_byte_where_canonical(string relativePath)
    {
        byte[] input = TypedCorpus.Bytes(relativePath);
        byte[] output;
        try
        {
            output = WithoutFinalLineBreakWhenInputHasNone(input, Rewrite(input));
        }
        catch (ArgumentException) when (relativePath.EndsWith("x12_bad_segment_identifier.txt", StringComparison.Ordinal))
        {
            return; // A segment id longer than three characters: the writer refuses to produce it (X12.5 ids are 2–3).
        }

        if (input.AsSpan().SequenceEqual(output))
        {
            return;
        }

        List<string> original = Segments(input);
        List<string> rewritten = Segments(output);
        Assert.Equal(original.Count, rewritten.Count);
        byte element = input[input.AsSpan().IndexOf("ISA"u8) + 3];
        for (int i = 0; i < original.Count; i++)
        {
            if (original[i] == rewritten[i])
            {
                continue;
            }

            string id = rewritten[i].Split((char)element)[0];
            string trimmed = original[i].TrimEnd((char)element);
            bool trailerCorrected = id is "SE" or "GE" or "IEA";
            bool trailingEmptiesDropped = trimmed == rewritten[i] || TrimComponents(trimmed) == rewritten[i];
            Assert.True(trailerCorrected || trailingEmptiesDropped, $"segment {i + 1}: '{original[i]}' was re-written as '{rewritten[i]}'");
        }
    }

    [Fact]
    public void Most_corpus_files_are_canonical_and_come_back_byte_for_byte()
    {
        int equal = 0, total = 0;
        foreach (string path in TypedCorpus.Readable())
        {
            total++;
            byte[] input = TypedCorpus.Bytes(path);
            try
            {
                equal += input.AsSpan().SequenceEqual(WithoutFinalLineBreakWhenInputHasNone(input, Rewrite(input))) ? 1 : 0;
            }
            catch (ArgumentException)
            {
            }
        }

        if (total > 0)
        {
            Assert.True(equal * 10 >= total * 7, $"only {equal} of {total} files came back byte for byte");
        }
    }

    private static byte[] WithoutFinalLineBreakWhenInputHasNone(byte[] input, byte[] output)
    {
        if (input.Length > 0 && input[^1] is not ((byte)'\n' or (byte)'\r') && output.Length > 0 && output[^1] == (byte)'\n')
        {
            int cut = output.Length >= 2 && output[^2] == (byte)'\r' ? 2 : 1;
            return output[..^cut];
        }

        return output;
    }

    private static string TrimComponents(string segment) => segment.Replace(":*", "*", StringComparison.Ordinal).TrimEnd(':');

    /// <summary>Reads every segment and writes it back; ISA/GS/ST and their trailers go through the envelope API.</summary>
    internal static byte[] Rewrite(byte[] input)
    {
        var output = new ArrayBufferWriter<byte>();
        var reader = new X12SegmentReader(input);
        X12Writer? writer = null;
        try
        {
            while (reader.Read())
            {
                if (reader.SegmentIs("ISA"u8))
                {
                    writer?.Dispose();
                    writer = new X12Writer(output, new X12WriterOptions { Delimiters = reader.Delimiters, LineBreak = LineBreakAfter(input, reader) });
                    writer.BeginInterchange(new X12InterchangeHeader
                    {
                        AuthorizationQualifier = Text(reader.Element(1)),
                        AuthorizationInformation = Text(reader.Element(2)),
                        SecurityQualifier = Text(reader.Element(3)),
                        SecurityInformation = Text(reader.Element(4)),
                        SenderQualifier = Text(reader.Element(5)),
                        SenderId = Text(reader.Element(6)),
                        ReceiverQualifier = Text(reader.Element(7)),
                        ReceiverId = Text(reader.Element(8)),
                        Date = Text(reader.Element(9)),
                        Time = Text(reader.Element(10)),
                        Version = Text(reader.Element(12)),
                        ControlNumber = Text(reader.Element(13)),
                        AcknowledgmentRequested = Text(reader.Element(14)),
                        UsageIndicator = Text(reader.Element(15)),
                    });
                }
                else if (reader.SegmentIs("GS"u8))
                {
                    writer!.BeginGroup(new X12GroupHeader
                    {
                        FunctionalIdentifier = Text(reader.Element(1)),
                        SenderCode = Text(reader.Element(2)),
                        ReceiverCode = Text(reader.Element(3)),
                        Date = Text(reader.Element(4)),
                        Time = Text(reader.Element(5)),
                        ControlNumber = Text(reader.Element(6)),
                        ResponsibleAgency = Text(reader.Element(7)),
                        Version = Text(reader.Element(8)),
                    });
                }
                else if (reader.SegmentIs("ST"u8))
                {
                    string? reference = reader.Element(3).IsEmpty ? null : Text(reader.Element(3));
                    writer!.BeginTransaction(Text(reader.Element(1)), Text(reader.Element(2)), reference);
                }
                else if (reader.SegmentIs("SE"u8))
                {
                    writer!.EndTransaction();
                }
                else if (reader.SegmentIs("GE"u8))
                {
                    writer!.EndGroup();
                }
                else if (reader.SegmentIs("IEA"u8))
                {
                    writer!.EndInterchange();
                }
                else
                {
                    writer!.BeginSegment(reader.SegmentId);
                    for (int i = 1; i <= reader.ElementCount; i++)
                    {
                        writer.WriteElement(reader.Element(i));
                    }

                    writer.EndSegment();
                }
            }
        }
        finally
        {
            writer?.Dispose();
        }

        return output.WrittenSpan.ToArray();
    }

    private static string Text(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value);

    /// <summary>The line break the file puts after the ISA terminator: none, LF or CR LF.</summary>
    private static string LineBreakAfter(byte[] input, X12SegmentReader reader)
    {
        int after = (int)reader.ByteOffset + reader.RawSegment.Length + 1;
        if (after < input.Length && input[after] == (byte)'\r')
        {
            return after + 1 < input.Length && input[after + 1] == (byte)'\n' ? "\r\n" : "\r";
        }

        return after < input.Length && input[after] == (byte)'\n' ? "\n" : string.Empty;
    }

    /// <summary>An independent split: by the ISA's terminator, whitespace around segments dropped.</summary>
    private static List<string> Segments(byte[] data)
    {
        int start = data.AsSpan().IndexOf("ISA"u8);
        byte terminator = data[start + 105];
        return Encoding.UTF8.GetString(data, start, data.Length - start)
            .Split((char)terminator)
            .Select(s => s.Trim('\r', '\n', ' ', '\t'))
            .Where(s => s.Length > 0)
            .ToList();
    }
}
