using System.Buffers;
using Rcm.X12.Tests.Fuzzing;
using Rcm.X12.Transactions;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Transactions;

/// <summary>
/// Seeded mutants of the typed corpus files: typed parsing either maps what it can (issues, never exceptions) or, for
/// input that is not X12 at all, throws <see cref="X12FormatException"/>; whatever it maps can be written back.
/// </summary>
public class X12TypedFuzzTests
{
    private const int Mutants = 5000;

    [Fact]
    public void Mutated_files_map_or_fail_with_a_format_error_and_what_maps_can_be_written()
    {
        byte[][] seeds = [.. TypedCorpus.Readable()
            .Where(p => p.StartsWith("LinuxForHealth__x12", StringComparison.Ordinal) || p.Contains("/pass/", StringComparison.Ordinal))
            .Select(TypedCorpus.Bytes)];
        if (seeds.Length == 0)
        {
            return; // No corpus on a developer machine; RequireX12Corpus fails in CI instead.
        }

        int mapped = 0;
        for (int i = 0; i < Mutants; i++)
        {
            var mutator = new X12Mutator(i);
            byte[] input = mutator.Mutate(seeds[i % seeds.Length], seeds[(i * 7 + 3) % seeds.Length]);
            X12ParseResult result;
            try
            {
                result = X12TransactionParser.Parse(input);
            }
            catch (X12FormatException)
            {
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"mutant {i}: typed parse threw {e}");
                return;
            }

            mapped++;
            var output = new ArrayBufferWriter<byte>();
            using var writer = new X12Writer(output, new X12WriterOptions { Delimiters = DelimitersOf(input) });
            try
            {
                X12TransactionWriter.Write(writer, result.Interchanges);
            }
            catch (ArgumentException e) when (e.Message.Contains("segment identifier", StringComparison.Ordinal)
                || e.Message.Contains("at most", StringComparison.Ordinal) || e.Message.Contains("delimiters", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("element separator", StringComparison.Ordinal))
            {
                // A mutant may carry a segment id the writer refuses, an ISA field longer than its width, or a value
                // holding a delimiter that the second interchange of a spliced file declared differently.
            }
        }

        Assert.True(mapped > Mutants / 10, $"only {mapped} of {Mutants} mutants were readable");
    }

    [Fact]
    public void Segments_moved_dropped_or_repeated_between_loops_never_crash_a_mapper()
    {
        string[] files = [.. TypedCorpus.Readable()
            .Where(p => p.StartsWith("LinuxForHealth__x12", StringComparison.Ordinal) || p.Contains("/pass/", StringComparison.Ordinal))
            .Select(p => System.Text.Encoding.Latin1.GetString(TypedCorpus.Bytes(p)))];
        for (int i = 0; i < 20_000 && files.Length > 0; i++)
        {
            var random = new Random(i);
            string file = files[i % files.Length];
            int start = file.IndexOf("ISA", StringComparison.Ordinal);
            char terminator = file[start + 105];
            var segments = file[start..].Split(terminator).Select(s => s.Trim('\r', '\n')).Where(s => s.Length > 0).ToList();
            // Keep ISA, GS, ST and the trailers; move, drop or repeat segments of the transaction body.
            for (int n = random.Next(1, 4); n > 0; n--)
            {
                int from = random.Next(3, segments.Count - 3);
                int to = random.Next(3, segments.Count - 3);
                string segment = segments[from];
                switch (random.Next(3))
                {
                    case 0: segments.RemoveAt(from); segments.Insert(Math.Min(to, segments.Count - 3), segment); break;
                    case 1: segments.RemoveAt(from); break;
                    default: segments.Insert(to, segment); break;
                }
            }

            byte[] mutant = System.Text.Encoding.Latin1.GetBytes(string.Join(terminator, segments) + terminator);
            X12ParseResult result = X12TransactionParser.Parse(mutant);
            var output = new ArrayBufferWriter<byte>();
            using var writer = new X12Writer(output, new X12WriterOptions { Delimiters = DelimitersOf(mutant) });
            X12TransactionWriter.Write(writer, result.Interchanges);
            writer.Flush();
            Assert.True(output.WrittenCount > 0, $"case {i}: nothing written back");
            X12TransactionParser.Parse(output.WrittenSpan);
        }
    }

    private static X12Delimiters DelimitersOf(byte[] input)
    {
        int isa = input.AsSpan().IndexOf("ISA"u8);
        if (isa < 0 || input.Length < isa + 106)
        {
            return X12Delimiters.Default;
        }

        var delimiters = new X12Delimiters(input[isa + 3], input[isa + 104], input[isa + 82], input[isa + 105]);
        try
        {
            _ = new X12Writer(new ArrayBufferWriter<byte>(), new X12WriterOptions { Delimiters = delimiters });
            return delimiters;
        }
        catch (ArgumentException)
        {
            return X12Delimiters.Default;
        }
    }
}
