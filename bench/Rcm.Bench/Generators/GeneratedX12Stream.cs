namespace Rcm.Bench.Generators;

/// <summary>
/// A generated file exposed as a read-only stream, produced one transaction set at a time: inputs of gigabytes
/// without ever holding them (for the bounded-memory streaming run). With <c>replayAfter</c> set, the first that
/// many transaction sets are kept and then repeated, so that producing the stream costs a copy, not generation.
/// </summary>
public sealed class GeneratedX12Stream : Stream
{
    private readonly X12BenchFileGenerator _generator;
    private readonly long _targetBytes;
    private readonly int _replayAfter;
    private readonly List<byte[]> _replay = [];
    private int _nextReplay;
    private byte[] _current;
    private int _offset;
    private long _produced;
    private bool _trailerDone;

    public GeneratedX12Stream(X12BenchFileKind kind, long targetBytes, bool lineBreaks, ulong seed = 42, int replayAfter = 0)
    {
        _replayAfter = replayAfter;
        _generator = new X12BenchFileGenerator(kind, lineBreaks, seed);
        _targetBytes = targetBytes;
        _current = _generator.Header();
        _produced = _current.Length;
    }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _current.Length && !Refill())
            {
                break;
            }

            int n = Math.Min(buffer.Length - written, _current.Length - _offset);
            _current.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            written += n;
        }

        BytesRead += written;
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte[] NextTransaction()
    {
        if (_replayAfter == 0)
        {
            return _generator.NextTransaction();
        }

        if (_replay.Count < _replayAfter)
        {
            _replay.Add(_generator.NextTransaction());
            return _replay[^1];
        }

        byte[] next = _replay[_nextReplay];
        _nextReplay = (_nextReplay + 1) % _replay.Count;
        return next;
    }

    private bool Refill()
    {
        if (_trailerDone)
        {
            return false;
        }

        if (_produced < _targetBytes - 64)
        {
            _current = NextTransaction();
        }
        else
        {
            _current = _generator.Trailer();
            _trailerDone = true;
        }

        _produced += _current.Length;
        _offset = 0;
        return true;
    }
}
