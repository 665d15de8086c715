using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Rcm.X12.Writing;

/// <summary>
/// Writes X12 5010 to a <see cref="Stream"/> or an <see cref="IBufferWriter{T}"/>, straight into bytes: envelopes
/// with their counts and control numbers (<c>X12Writer.Envelope.cs</c>), segments element by element without
/// allocating (<c>X12Writer.Segments.cs</c>), and values in X12 formats (<c>X12Writer.Values.cs</c>).
/// Not thread-safe; one writer per output.
/// </summary>
public sealed partial class X12Writer : IDisposable
{
    private const int StreamBufferSize = 64 * 1024;

    private readonly Stream? _stream;
    private readonly IBufferWriter<byte>? _output;
    private readonly byte[] _lineBreak;
    private readonly X12Delimiters _delimiters;
    private readonly IControlNumberSource _controlNumbers;
    private readonly TimeProvider _time;

    // Everything is written into one pooled array and handed on when it fills (or at Flush/Dispose): a copy at memory
    // speed buys plain array indexing for every element, which matters more at ~5 bytes per element.
    private byte[] _buffer;
    private int _position;
    private bool _disposed;

    public X12Writer(Stream stream, X12WriterOptions? options = null)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    public X12Writer(IBufferWriter<byte> output, X12WriterOptions? options = null)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    private X12Writer(X12WriterOptions? options)
    {
        options ??= new X12WriterOptions();
        _delimiters = options.Delimiters;
        ValidateDelimiters(_delimiters);
        _lineBreak = Encoding.ASCII.GetBytes(options.LineBreak);
        _controlNumbers = options.ControlNumbers ?? new SequentialControlNumberSource();
        _time = options.TimeProvider;
        _buffer = ArrayPool<byte>.Shared.Rent(StreamBufferSize);
    }

    /// <summary>The delimiters this writer uses.</summary>
    public X12Delimiters Delimiters => _delimiters;

    /// <summary>Pushes buffered bytes to the stream (or commits them to the buffer writer).</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Commit();
        _stream?.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Commit();
        _stream?.Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _disposed = true;
    }

    /// <summary>Makes sure at least <paramref name="size"/> bytes can be written at <see cref="_position"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        byte[] buffer = _buffer;
        if (buffer.Length - _position >= size)
        {
            return buffer.AsSpan(_position);
        }

        return Grow(size);
    }

    private Span<byte> Grow(int size)
    {
        Commit();
        if (_buffer.Length < size)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(size);
        }

        return _buffer.AsSpan();
    }

    private void Commit()
    {
        if (_position == 0)
        {
            return;
        }

        if (_stream is not null)
        {
            _stream.Write(_buffer, 0, _position);
        }
        else
        {
            _buffer.AsSpan(0, _position).CopyTo(_output!.GetSpan(_position));
            _output.Advance(_position);
        }

        _position = 0;
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _position += bytes.Length;
    }

    private static void ValidateDelimiters(X12Delimiters d)
    {
        ReadOnlySpan<byte> all = [d.Element, d.Component, d.Segment];
        foreach (byte b in all)
        {
            if (b == 0 || char.IsAsciiLetterOrDigit((char)b) || b == (byte)' ')
            {
                throw new ArgumentException($"Delimiters cannot be letters, digits, spaces or NUL: {d}.", nameof(d));
            }
        }

        if (d.Element == d.Component || d.Element == d.Segment || d.Component == d.Segment
            || (d.HasRepetition && (d.Repetition == d.Element || d.Repetition == d.Component || d.Repetition == d.Segment)))
        {
            throw new ArgumentException($"Delimiters must all differ: {d}.", nameof(d));
        }
    }
}
