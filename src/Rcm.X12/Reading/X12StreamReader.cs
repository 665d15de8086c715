using System.Buffers;

namespace Rcm.X12.Reading;

/// <summary>
/// Reads X12 of any size from a <see cref="Stream"/> in bounded memory: one pooled buffer, refilled block by block.
/// A segment cut by the end of a block is carried to the next; a segment longer than the buffer grows it, up to
/// <see cref="MaxSegmentLength"/>, beyond which the input is rejected with its position.
/// </summary>
/// <example>
/// Pull loop:
/// <code>
/// using var source = new X12StreamReader(stream);
/// while (source.ReadBlock(out X12SegmentReader reader))
/// {
///     while (reader.Read()) { /* reader.SegmentId, reader.Element(n) ... */ }
///     source.CompleteBlock(ref reader);
/// }
/// </code>
/// Callback: <c>source.ReadAll((ref X12SegmentReader s) => ...)</c>.
/// </example>
public sealed class X12StreamReader : IDisposable
{
    /// <summary>Default buffer size: large enough that refills cost little, small enough to stay in cache-friendly territory.</summary>
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>Default cap on one segment's length (a real segment is at most a few hundred bytes).</summary>
    public const int DefaultMaxSegmentLength = 16 << 20;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _blockOut;
    private bool _done;
    private bool _filled;
    private X12ReaderState _state;

    public X12StreamReader(
        Stream stream,
        int bufferSize = DefaultBufferSize,
        int maxSegmentLength = DefaultMaxSegmentLength,
        bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, X12SegmentReader.IsaLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegmentLength, bufferSize);
        _stream = stream;
        _leaveOpen = leaveOpen;
        MaxSegmentLength = maxSegmentLength;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>The longest segment accepted; the buffer never grows beyond this.</summary>
    public int MaxSegmentLength { get; }

    /// <summary>Current buffer size in bytes (grows only for a segment longer than the buffer).</summary>
    public int BufferSize => _buffer.Length;

    /// <summary>The reader state after the last completed block (delimiters, segments and bytes read).</summary>
    public X12ReaderState State => _state;

    /// <summary>
    /// Fills the buffer and hands out a reader over it. Read segments until <see cref="X12SegmentReader.Read"/>
    /// returns false, then call <see cref="CompleteBlock"/>. Returns false when the input is exhausted.
    /// </summary>
    public bool ReadBlock(out X12SegmentReader reader)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_blockOut)
        {
            throw new InvalidOperationException("Call CompleteBlock with the previous block's reader before reading the next block.");
        }

        if (_done)
        {
            reader = default;
            return false;
        }

        if (!_filled)
        {
            Fill();
        }

        _filled = false;
        _blockOut = true;
        reader = new X12SegmentReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        return true;
    }

    /// <summary>Records how far the block's reader got, so the next block resumes right after it.</summary>
    public void CompleteBlock(ref X12SegmentReader reader)
    {
        if (!_blockOut)
        {
            throw new InvalidOperationException("No block is being read.");
        }

        _blockOut = false;
        int consumed = reader.BytesConsumed;
        _state = reader.CurrentState;
        _start += consumed;
        if (_endOfStream && _start >= _end)
        {
            _done = true;
        }
        else if (_endOfStream && consumed == 0)
        {
            // The final block was handed out but not read to its end.
            throw new InvalidOperationException("Read the final block until Read() returns false before completing it.");
        }
    }

    /// <summary>Reads every segment of the stream, calling <paramref name="callback"/> once per segment.</summary>
    /// <returns>The number of segments read.</returns>
    public long ReadAll(X12SegmentCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        while (ReadBlock(out X12SegmentReader reader))
        {
            while (reader.Read())
            {
                callback(ref reader);
            }

            CompleteBlock(ref reader);
        }

        return _state.SegmentsRead;
    }

    /// <summary>
    /// Fills the buffer asynchronously (for streams that forbid synchronous reads, such as an ASP.NET Core request
    /// body), so that the next <see cref="ReadBlock"/> does not read. Returns false when the input is exhausted.
    /// </summary>
    /// <example>
    /// <code>
    /// while (await source.FillAsync(ct))
    /// {
    ///     ReadBufferedSegments(source); // a synchronous method: ReadBlock, Read loop, CompleteBlock
    /// }
    /// </code>
    /// </example>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_blockOut)
        {
            throw new InvalidOperationException("Call CompleteBlock with the previous block's reader before filling again.");
        }

        if (_done)
        {
            return false;
        }

        if (!_filled)
        {
            Compact();
            while (!_endOfStream && _end < _buffer.Length)
            {
                int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                _endOfStream = read == 0;
                _end += read;
            }

            _filled = true;
        }

        return true;
    }

    /// <summary>Reads every segment of the stream with asynchronous reads, calling <paramref name="callback"/> per segment.</summary>
    /// <returns>The number of segments read.</returns>
    public async ValueTask<long> ReadAllAsync(X12SegmentCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        while (await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            ReadFilledBlock(callback);
        }

        return _state.SegmentsRead;
    }

    public void Dispose()
    {
        if (_buffer.Length != 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private void ReadFilledBlock(X12SegmentCallback callback)
    {
        if (ReadBlock(out X12SegmentReader reader))
        {
            while (reader.Read())
            {
                callback(ref reader);
            }

            CompleteBlock(ref reader);
        }
    }

    private void Fill()
    {
        Compact();
        while (!_endOfStream && _end < _buffer.Length)
        {
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _endOfStream = read == 0;
            _end += read;
        }
    }

    // Moves the unread tail (a segment cut by the end of the last block) to the front, or grows a full buffer.
    private void Compact()
    {
        if (_endOfStream)
        {
            return;
        }

        int pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }
        else if (_end == _buffer.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        // The whole buffer holds one unfinished segment: widen it, within the cap.
        if (_buffer.Length >= MaxSegmentLength)
        {
            throw new X12FormatException(
                X12ErrorCodes.SegmentTooLong,
                $"A segment is longer than {MaxSegmentLength} bytes: no segment terminator found",
                _state.SegmentsRead + 1,
                _state.BytesConsumed);
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, MaxSegmentLength));
        _buffer.AsSpan(0, _end).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
