using Rcm.X12.Reading;
using Rcm.X12.Tests.Support;

namespace Rcm.X12.Tests.Reading;

public class X12StreamReaderTests
{
    [Fact]
    public void Reads_a_200_MB_stream_in_bounded_memory_with_exact_counts()
    {
        // CI-sized stand-in for the 2 GB run documented in bench/RESULTS.md: the input is generated on the fly.
        using var input = new RepeatingX12Stream(200L << 20);
        long elements = 0;
        using var source = new X12StreamReader(input, leaveOpen: true);
        long before = GC.GetAllocatedBytesForCurrentThread(); // after renting the one buffer
        while (source.ReadBlock(out X12SegmentReader reader))
        {
            while (reader.Read())
            {
                elements += reader.ElementCount;
            }

            source.CompleteBlock(ref reader);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(input.SegmentCount, source.State.SegmentsRead);
        Assert.Equal(input.Length, source.State.BytesConsumed);
        Assert.True(elements > input.SegmentCount);
        Assert.Equal(X12StreamReader.DefaultBufferSize, source.BufferSize);
        Assert.True(allocated < (256 << 10), $"allocated {allocated} bytes reading 200 MB (one byte per segment would be 9 MB)");
    }

    [Fact]
    public void Buffer_grows_for_a_long_segment_and_reads_it_whole()
    {
        string longValue = new('A', 3000);
        byte[] data = X12Segments.Bytes(X12Samples.Isa() + "NTE*ADD*" + longValue + "~IEA*0*000000001~");

        List<string[]> segments = X12Segments.ReadStreamed(data, 256);

        Assert.Equal(["NTE", "ADD", longValue], segments[1]);
        Assert.Equal(3, segments.Count);
    }

    [Fact]
    public void Pull_loop_requires_completing_each_block()
    {
        using var source = new X12StreamReader(new MemoryStream(X12Segments.Bytes(X12Samples.Interchange())));
        Assert.True(source.ReadBlock(out X12SegmentReader reader));

        Assert.Throws<InvalidOperationException>(() => source.ReadBlock(out _));
        while (reader.Read())
        {
        }

        source.CompleteBlock(ref reader);
        Assert.False(source.ReadBlock(out _));
        Assert.Equal(9, source.State.SegmentsRead);
    }

    [Fact]
    public void Trickling_stream_gives_the_same_segments()
    {
        byte[] data = X12Segments.Bytes(X12Samples.Interchange("\r\n") + X12Samples.Interchange("", "000000002"));
        var segments = new List<string[]>();
        using var source = new X12StreamReader(new TricklingStream(data, 7), bufferSize: 200);

        source.ReadAll((ref X12SegmentReader s) => segments.Add(X12Segments.ToStrings(ref s)));

        Assert.Equal(X12Segments.Read(data), segments);
    }

    /// <summary>Hands out at most a few bytes per read, as a network stream may.</summary>
    private sealed class TricklingStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }

    [Theory]
    [InlineData(107)]
    [InlineData(4096)]
    public async Task Asynchronous_reads_give_the_same_segments(int bufferSize)
    {
        byte[] data = X12Segments.Bytes(X12Samples.Interchange("\r\n") + X12Samples.Interchange("", "000000002"));
        var segments = new List<string[]>();
        using var source = new X12StreamReader(new AsyncOnlyStream(data), bufferSize);

        long count = await source.ReadAllAsync((ref X12SegmentReader s) => segments.Add(X12Segments.ToStrings(ref s)));

        Assert.Equal(18, count);
        Assert.Equal(X12Segments.Read(data), segments);
    }

    /// <summary>Forbids synchronous reads, like an ASP.NET Core request body.</summary>
    private sealed class AsyncOnlyStream(byte[] data) : MemoryStream
    {
        private readonly MemoryStream _inner = new(data);

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("synchronous read");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return _inner.Read(buffer.Span[..Math.Min(buffer.Length, 13)]);
        }
    }
}
