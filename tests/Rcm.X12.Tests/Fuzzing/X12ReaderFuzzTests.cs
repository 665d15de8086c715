using System.Diagnostics;
using Rcm.X12.Envelopes;
using Rcm.X12.Reading;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Fuzzing;

/// <summary>
/// Bounded random mutation of corpus files (fixed seeds, a few seconds): the reader, the stream reader and the
/// envelope scanner may only ever throw X12FormatException, always with a position inside the input; they never hang,
/// the in-memory and streaming readers agree, and reading allocates nothing per segment.
/// </summary>
public class X12ReaderFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private const int MinIterationsPerSeed = 1_000;
    private const int MaxIterationsPerSeed = 200_000;

    [Theory]
    [InlineData(1)]
    [InlineData(20261127)]
    public async Task Mutated_inputs_throw_only_positioned_format_errors(int seed)
    {
        List<byte[]> seeds = Seeds();
        Task<int> run = Task.Run(() => Fuzz(seed, seeds, Budget / 2));

        // A hang in the reader would never finish: fail instead of waiting forever.
        int iterations = await run.WaitAsync(TimeSpan.FromSeconds(60));

        output.WriteLine($"seed {seed}: {iterations} mutants over {seeds.Count} seed files");
        Assert.True(iterations >= MinIterationsPerSeed, $"only {iterations} iterations ran");
    }

    private static int Fuzz(int seed, List<byte[]> seeds, TimeSpan budget)
    {
        var mutator = new X12Mutator(seed);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        int iteration = 0;
        long allocated = 0;
        // At least MinIterationsPerSeed mutants whatever the machine's load, then more while the time budget lasts.
        for (; iteration < MaxIterationsPerSeed && (iteration < MinIterationsPerSeed || clock.Elapsed < budget); iteration++)
        {
            byte[] input = mutator.Mutate(seeds[random.Next(seeds.Count)], seeds[random.Next(seeds.Count)]);
            string context = $"seed {seed} iteration {iteration}";
            Outcome inMemory = ReadInMemory(input, context);
            Outcome streamed = ReadStreamed(input, context);
            Assert.True(inMemory == streamed, $"{context}: memory {inMemory} but stream {streamed}");
            ScanEnvelopes(input, context);
            allocated += inMemory.Allocated;
        }

        // Reading allocates nothing per segment; the runtime itself (tiered JIT) may allocate a little on this thread.
        Assert.True(allocated < (256 << 10), $"seed {seed}: successful reads allocated {allocated} bytes in {iteration} runs");
        return iteration;
    }

    private static Outcome ReadInMemory(byte[] input, string context)
    {
        long segments = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            var reader = new X12SegmentReader(input);
            while (reader.Read())
            {
                segments++;
                _ = reader.Element(reader.ElementCount);
                _ = reader.Component(1, 2);
            }

            return new Outcome(segments, null, -1, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }
        catch (X12FormatException e)
        {
            return Positioned(e, input, context);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{context}: {e.GetType().Name} escaped the reader: {e}");
        }
    }

    private static Outcome ReadStreamed(byte[] input, string context)
    {
        try
        {
            using var source = new X12StreamReader(new MemoryStream(input), bufferSize: 256, maxSegmentLength: 1 << 16);
            return new Outcome(source.ReadAll((ref X12SegmentReader _) => { }), null, -1);
        }
        catch (X12FormatException e) when (e.Code == X12ErrorCodes.SegmentTooLong)
        {
            throw new Xunit.Sdk.XunitException($"{context}: a mutant produced a 64 KB segment: {e.Message}");
        }
        catch (X12FormatException e)
        {
            return Positioned(e, input, context);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{context}: {e.GetType().Name} escaped the stream reader: {e}");
        }
    }

    private static void ScanEnvelopes(byte[] input, string context)
    {
        try
        {
            X12EnvelopeReport report = X12EnvelopeScanner.Scan(input);
            Assert.All(report.Issues, i => Assert.InRange(i.SegmentOrdinal, 1, report.SegmentCount));
        }
        catch (X12FormatException e)
        {
            Positioned(e, input, context);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{context}: {e.GetType().Name} escaped the envelope scanner: {e}");
        }
    }

    private static Outcome Positioned(X12FormatException e, byte[] input, string context)
    {
        Assert.True(e.ByteOffset >= 0 && e.ByteOffset <= input.Length, $"{context}: offset {e.ByteOffset} outside 0..{input.Length}");
        Assert.True(e.SegmentOrdinal >= 0, $"{context}: negative segment ordinal");
        Assert.EndsWith($"(segment {e.SegmentOrdinal}, byte offset {e.ByteOffset})", e.Message);
        return new Outcome(-1, e.Code, e.ByteOffset);
    }

    private static List<byte[]> Seeds()
    {
        var seeds = new List<byte[]>
        {
            X12Segments.Bytes(X12Samples.Interchange("\r\n")),
            X12Segments.Bytes(X12Samples.Interchange() + X12Samples.Interchange("\n", "000000002")),
        };
        if (RepoPaths.RequireX12Corpus() is { } corpus)
        {
            seeds.AddRange(Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .Where(b => b.Length < 20_000 && NaiveX12Split.Segments(b) is not null));
        }

        return seeds;
    }

    private readonly record struct Outcome(long Segments, string? Code, long Offset, long Allocated = 0)
    {
        public bool Equals(Outcome other) => (Segments, Code, Offset) == (other.Segments, other.Code, other.Offset);

        public override int GetHashCode() => HashCode.Combine(Segments, Code, Offset);
    }
}
