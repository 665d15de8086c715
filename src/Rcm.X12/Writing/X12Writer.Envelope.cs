using System.Globalization;

namespace Rcm.X12.Writing;

// Envelopes: ISA/IEA, GS/GE, ST/SE. The writer counts what it wrote, so SE01 (segments including ST and SE), GE01
// (transaction sets) and IEA01 (groups) are always right, and trailers repeat their header's control number.
public sealed partial class X12Writer
{
    private bool _inInterchange;
    private bool _inGroup;
    private bool _inTransaction;
    private string _interchangeControl = string.Empty;
    private string _groupControl = string.Empty;
    private string _transactionControl = string.Empty;
    private int _groupsInInterchange;
    private int _transactionsInGroup;
    private int _transactionSegments;

    /// <summary>Writes an ISA. Returns the interchange control number used (ISA13).</summary>
    public string BeginInterchange(X12InterchangeHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_inInterchange)
        {
            throw new InvalidOperationException("An interchange is already open; call EndInterchange first.");
        }

        DateTimeOffset now = _time.GetUtcNow();
        string control = header.ControlNumber ?? Next(X12ControlNumberKind.Interchange).ToString("D9", CultureInfo.InvariantCulture);
        if (control.Length < 9 && control.All(char.IsAsciiDigit))
        {
            control = control.PadLeft(9, '0');
        }

        // X12.5 ISA: every element has a fixed width; the segment is 106 bytes with its terminator.
        BeginSegment("ISA"u8);
        WriteFixed(header.AuthorizationQualifier, 2, "ISA01");
        WriteFixed(header.AuthorizationInformation, 10, "ISA02");
        WriteFixed(header.SecurityQualifier, 2, "ISA03");
        WriteFixed(header.SecurityInformation, 10, "ISA04");
        WriteFixed(header.SenderQualifier, 2, "ISA05");
        WriteFixed(header.SenderId, 15, "ISA06");
        WriteFixed(header.ReceiverQualifier, 2, "ISA07");
        WriteFixed(header.ReceiverId, 15, "ISA08");
        WriteFixed(header.Date ?? now.ToString("yyMMdd", CultureInfo.InvariantCulture), 6, "ISA09");
        WriteFixed(header.Time ?? now.ToString("HHmm", CultureInfo.InvariantCulture), 4, "ISA10");
        // ISA11 is the repetition separator in 5010; an interchange without one carries U, as 004010 did.
        WriteFixedByte(_delimiters.HasRepetition ? _delimiters.Repetition : (byte)'U');
        WriteFixed(header.Version, 5, "ISA12");
        WriteFixed(control, 9, "ISA13");
        WriteFixed(header.AcknowledgmentRequested, 1, "ISA14");
        WriteFixed(header.UsageIndicator, 1, "ISA15");
        WriteFixedByte(_delimiters.Component);
        EndSegment();

        _inInterchange = true;
        _interchangeControl = control;
        _groupsInInterchange = 0;
        return control;
    }

    /// <summary>Writes the IEA closing the open interchange.</summary>
    public void EndInterchange()
    {
        if (!_inInterchange || _inGroup)
        {
            throw new InvalidOperationException(_inGroup ? "Close the functional group (EndGroup) before the interchange." : "No interchange is open.");
        }

        BeginSegment("IEA"u8);
        WriteInteger(_groupsInInterchange);
        WriteElement(_interchangeControl);
        EndSegment();
        _inInterchange = false;
    }

    /// <summary>Writes a GS. Returns the group control number used (GS06).</summary>
    public string BeginGroup(X12GroupHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!_inInterchange || _inGroup)
        {
            throw new InvalidOperationException(_inGroup ? "A functional group is already open; call EndGroup first." : "Open an interchange (BeginInterchange) before a group.");
        }

        DateTimeOffset now = _time.GetUtcNow();
        string control = header.ControlNumber ?? Next(X12ControlNumberKind.Group).ToString(CultureInfo.InvariantCulture);
        BeginSegment("GS"u8);
        WriteElement(header.FunctionalIdentifier);
        WriteElement(header.SenderCode);
        WriteElement(header.ReceiverCode);
        WriteElement(header.Date ?? now.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        WriteElement(header.Time ?? now.ToString("HHmm", CultureInfo.InvariantCulture));
        WriteElement(control);
        WriteElement(header.ResponsibleAgency);
        WriteElement(header.Version);
        EndSegment();

        _inGroup = true;
        _groupControl = control;
        _transactionsInGroup = 0;
        _groupsInInterchange++;
        return control;
    }

    /// <summary>Writes the GE closing the open group.</summary>
    public void EndGroup()
    {
        if (!_inGroup || _inTransaction)
        {
            throw new InvalidOperationException(_inTransaction ? "Close the transaction set (EndTransaction) before the group." : "No functional group is open.");
        }

        BeginSegment("GE"u8);
        WriteInteger(_transactionsInGroup);
        WriteElement(_groupControl);
        EndSegment();
        _inGroup = false;
    }

    /// <summary>
    /// Writes an ST. A null <paramref name="controlNumber"/> takes the next from the source, shown with at least
    /// four digits (ST02 is 4–9 characters). Returns the control number used.
    /// </summary>
    public string BeginTransaction(string setId, string? controlNumber = null, string? implementationReference = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(setId);
        if (!_inGroup || _inTransaction)
        {
            throw new InvalidOperationException(_inTransaction ? "A transaction set is already open; call EndTransaction first." : "Open a functional group (BeginGroup) before a transaction set.");
        }

        string control = controlNumber ?? Next(X12ControlNumberKind.Transaction).ToString("D4", CultureInfo.InvariantCulture);
        _inTransaction = true;
        _transactionSegments = 0;
        _transactionControl = control;
        BeginSegment("ST"u8);
        WriteElement(setId);
        WriteElement(control);
        WriteElement(implementationReference);
        EndSegment();
        _transactionsInGroup++;
        return control;
    }

    /// <summary>Writes the SE closing the open transaction set, with the count of its segments (ST and SE included).</summary>
    public void EndTransaction()
    {
        if (!_inTransaction)
        {
            throw new InvalidOperationException("No transaction set is open.");
        }

        BeginSegment("SE"u8);
        WriteInteger(_transactionSegments + 1);
        WriteElement(_transactionControl);
        EndSegment();
        _inTransaction = false;
    }

    private long Next(X12ControlNumberKind kind)
    {
        long value = _controlNumbers.Next(kind);
        if (value is < 1 or > 999_999_999)
        {
            throw new InvalidOperationException($"The control number source returned {value} for {kind}; control numbers are 1 to 999,999,999.");
        }

        return value;
    }

    private void WriteFixed(string value, int width, string element)
    {
        ArgumentNullException.ThrowIfNull(value, element);
        if (value.Length > width)
        {
            throw new ArgumentException($"{element} holds at most {width} characters; got {value.Length}.", element);
        }

        Span<char> padded = stackalloc char[width];
        value.CopyTo(padded);
        padded[value.Length..].Fill(' ');
        WriteElement(padded);
    }

    private void WriteFixedByte(byte value)
    {
        OpenElement();
        Span<byte> span = ReserveValue(1);
        span[0] = value;
        _position++;
    }
}
