using System.Text;

namespace Rcm.X12.Writing;

// Segments, written element by element straight into the output. Empty elements and components are held back as
// "pending" separators and only written when a non-empty value follows, so trailing empty elements and components are
// dropped (X12.5: a segment or composite must not end with empty data elements) without ever moving bytes back.
public sealed partial class X12Writer
{
    private bool _inSegment;
    private bool _elementOpen;
    private int _pendingElements;
    private int _pendingComponents;
    private bool _elementHasValue;

    /// <summary>
    /// Writes a whole segment. Empty or null elements in the middle become empty positions, trailing ones are dropped.
    /// Composite elements are passed pre-joined (see <see cref="Composite"/>).
    /// </summary>
    public void WriteSegment(string id, params ReadOnlySpan<string?> elements)
    {
        BeginSegment(id);
        foreach (string? element in elements)
        {
            WriteElement(element);
        }

        EndSegment();
    }

    /// <summary>Starts a segment; follow with WriteElement/WriteComponent calls and <see cref="EndSegment"/>.</summary>
    public void BeginSegment(ReadOnlySpan<byte> id)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_inSegment)
        {
            throw new InvalidOperationException("The previous segment was not ended; call EndSegment first.");
        }

        if (id.IsEmpty || id.Length > 3)
        {
            throw new ArgumentException("A segment identifier has two or three characters.", nameof(id));
        }

        WriteRaw(id);
        _inSegment = true;
        _elementOpen = false;
        _pendingElements = 0;
        _pendingComponents = 0;
    }

    /// <inheritdoc cref="BeginSegment(ReadOnlySpan{byte})"/>
    public void BeginSegment(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> bytes = stackalloc byte[3];
        if (id.Length is 0 or > 3)
        {
            throw new ArgumentException("A segment identifier has two or three ASCII characters.", nameof(id));
        }

        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                throw new ArgumentException("A segment identifier has two or three ASCII letters or digits.", nameof(id));
            }

            bytes[i] = (byte)c;
        }

        BeginSegment(bytes[..id.Length]);
    }

    /// <summary>Ends the segment: writes the terminator and, when configured, a line break.</summary>
    public void EndSegment()
    {
        if (!_inSegment)
        {
            throw new InvalidOperationException("No segment is open; call BeginSegment first.");
        }

        Span<byte> span = Reserve(1 + _lineBreak.Length);
        span[0] = _delimiters.Segment;
        _lineBreak.CopyTo(span[1..]);
        _position += 1 + _lineBreak.Length;
        _inSegment = false;
        _elementOpen = false;
        if (_inTransaction)
        {
            _transactionSegments++;
        }
    }

    /// <summary>Writes the next element of the open segment as raw bytes (already in the output encoding).</summary>
    public void WriteElement(scoped ReadOnlySpan<byte> value)
    {
        OpenElement();
        if (!value.IsEmpty)
        {
            WriteBytes(value);
        }
    }

    /// <summary>Writes the next element of the open segment; null or empty leaves the position empty.</summary>
    public void WriteElement(string? value) => WriteElement(value.AsSpan());

    /// <inheritdoc cref="WriteElement(string)"/>
    public void WriteElement(scoped ReadOnlySpan<char> value)
    {
        OpenElement();
        WriteText(value);
    }

    /// <summary>Starts the next element without a value (its components follow with WriteComponent).</summary>
    public void WriteEmptyElement() => OpenElement();

    /// <summary>
    /// Writes the next component (2nd, 3rd…) of the element most recently started. The first component is the value
    /// given to WriteElement (empty when the composite starts with an empty component).
    /// </summary>
    public void WriteComponent(string? value) => WriteComponent(value.AsSpan());

    /// <inheritdoc cref="WriteComponent(string)"/>
    public void WriteComponent(scoped ReadOnlySpan<char> value)
    {
        OpenComponent();
        WriteText(value);
    }

    /// <inheritdoc cref="WriteComponent(string)"/>
    public void WriteComponent(scoped ReadOnlySpan<byte> value)
    {
        OpenComponent();
        if (!value.IsEmpty)
        {
            WriteBytes(value);
        }
    }

    /// <summary>
    /// Writes the next repetition of a repeating element (e.g. EB03 service types) after the value given to
    /// WriteElement, separated by the interchange's repetition separator (ISA11). Empty values are skipped.
    /// </summary>
    public void WriteRepetition(string? value)
    {
        if (!_elementOpen)
        {
            throw new InvalidOperationException("WriteRepetition continues an element; call WriteElement first.");
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!_delimiters.HasRepetition)
        {
            throw new InvalidOperationException("This writer's delimiters declare no repetition separator.");
        }

        if (_elementHasValue)
        {
            Reserve(1)[0] = _delimiters.Repetition;
            _position++;
        }

        WriteText(value);
    }

    /// <summary>
    /// Joins components with this writer's component separator, dropping trailing empty ones; for pre-joined
    /// composite elements passed to <see cref="WriteSegment"/>.
    /// </summary>
    public string Composite(params ReadOnlySpan<string?> components)
    {
        int last = components.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(components[last]))
        {
            last--;
        }

        if (last < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (int i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                builder.Append((char)_delimiters.Component);
            }

            builder.Append(components[i]);
        }

        return builder.ToString();
    }

    private void OpenElement()
    {
        if (!_inSegment)
        {
            throw new InvalidOperationException("No segment is open; call BeginSegment first.");
        }

        _pendingElements++;
        _pendingComponents = 0;
        _elementOpen = true;
        _elementHasValue = false;
    }

    private void OpenComponent()
    {
        if (!_elementOpen)
        {
            throw new InvalidOperationException("WriteComponent continues an element; call WriteElement first.");
        }

        _pendingComponents++;
    }

    private void WriteText(scoped ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        if (value.Length <= 64)
        {
            // Fast path for the short ASCII values X12 is made of: held-back separators, then the value copied and
            // checked for delimiters in one pass, no encoder call.
            int pending = _pendingElements + _pendingComponents;
            Span<byte> span = Reserve(pending + value.Length);
            char element = (char)_delimiters.Element, terminator = (char)_delimiters.Segment;
            int i = 0;
            for (; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x80 || c == element || c == terminator)
                {
                    break;
                }

                span[pending + i] = (byte)c;
            }

            if (i == value.Length)
            {
                CommitValue(span, pending, value.Length);
                return;
            }
        }

        if (value.IndexOfAny((char)_delimiters.Element, (char)_delimiters.Segment) >= 0)
        {
            throw new ArgumentException(
                $"The value contains the element separator or segment terminator of this writer ({_delimiters}).", nameof(value));
        }

        Span<byte> target = ReserveValue(Encoding.UTF8.GetMaxByteCount(value.Length));
        int written = Encoding.UTF8.GetBytes(value, target);
        _position += written;
    }

    private void WriteBytes(scoped ReadOnlySpan<byte> value)
    {
        byte element = _delimiters.Element, terminator = _delimiters.Segment;
        if (value.Length <= 16)
        {
            // Short values: check and copy in one scalar pass (cheaper than a vectorised search call at X12's ~5 bytes).
            int pending = _pendingElements + _pendingComponents;
            Span<byte> span = Reserve(pending + value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                byte b = value[i];
                if (b == element || b == terminator)
                {
                    throw DelimiterInValue();
                }

                span[pending + i] = b;
            }

            CommitValue(span, pending, value.Length);
            return;
        }

        CheckNoDelimiters(value);
        value.CopyTo(ReserveValue(value.Length));
        _position += value.Length;
    }

    private ArgumentException DelimiterInValue() =>
        new($"The value contains the element separator or segment terminator of this writer ({_delimiters}).", "value");

    private void CheckNoDelimiters(scoped ReadOnlySpan<byte> value)
    {
        if (value.IndexOfAny(_delimiters.Element, _delimiters.Segment) >= 0)
        {
            throw new ArgumentException(
                $"The value contains the element separator or segment terminator of this writer ({_delimiters}).", nameof(value));
        }
    }

    /// <summary>Completes a value already copied after <paramref name="pending"/> places: writes the held-back separators before it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void CommitValue(Span<byte> span, int pending, int length)
    {
        if (pending > 0)
        {
            span[.._pendingElements].Fill(_delimiters.Element);
            span[_pendingElements..pending].Fill(_delimiters.Component);
            _pendingElements = 0;
            _pendingComponents = 0;
        }

        _position += pending + length;
        _elementHasValue = true;
    }

    /// <summary>Writes the separators held back for empty positions and returns room for a value of up to <paramref name="size"/> bytes.</summary>
    private Span<byte> ReserveValue(int size)
    {
        int pending = _pendingElements + _pendingComponents;
        Span<byte> span = Reserve(pending + size);
        span[.._pendingElements].Fill(_delimiters.Element);
        span[_pendingElements..pending].Fill(_delimiters.Component);
        _position += pending;
        _pendingElements = 0;
        _pendingComponents = 0;
        _elementHasValue = true;
        return span[pending..];
    }
}
