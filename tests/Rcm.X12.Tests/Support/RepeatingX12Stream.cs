using System.Text;

namespace Rcm.X12.Tests.Support;

/// <summary>
/// A read-only stream of one interchange whose transaction set repeats until the stream reaches about
/// <c>targetLength</c> bytes, generated on the fly: a multi-gigabyte input without holding it in memory.
/// </summary>
public sealed class RepeatingX12Stream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _transaction;
    private readonly byte[] _tail;
    private readonly long _repeats;
    private long _position;

    public RepeatingX12Stream(long targetLength, string lineBreak = "\n")
    {
        string n = lineBreak;
        _head = Encoding.ASCII.GetBytes(X12Samples.Isa() + n + "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1~" + n);
        string[] body =
        [
            "ST*837*0001*005010X222A1", "BHT*0019*00*REF1*20240101*1200*CH", "NM1*41*2*BILLING CO*****46*12345",
            "HL*1**20*1", "NM1*85*2*CLINIC*****XX*1234567893", "N3*1 MAIN ST", "N4*CITY*ST*12345", "HL*2*1*22*0",
            "SBR*P*18*******CI", "NM1*IL*1*DOE*JANE****MI*ABC123", "DMG*D8*19800101*F", "CLM*A1*100***11:B:1*Y*A*Y*Y",
            "HI*ABK:J020^ABF:R509", "LX*1", "SV1*HC:99213*100*UN*1***1", "DTP*472*D8*20240101", "SE*17*0001",
        ];
        _transaction = Encoding.ASCII.GetBytes(string.Concat(body.Select(s => s + "~" + n)));
        _tail = Encoding.ASCII.GetBytes("GE*1*1~" + n + "IEA*1*000000001~" + n);
        _repeats = Math.Max(1, (targetLength - _head.Length - _tail.Length) / _transaction.Length);
        Length = _head.Length + (_repeats * _transaction.Length) + _tail.Length;
    }

    /// <summary>Segments in the whole stream: ISA, GS, 17 per transaction set, GE, IEA.</summary>
    public long SegmentCount => 4 + (_repeats * 17);

    /// <summary>Transaction sets in the stream (GE01 says 1: the envelope is deliberately not recounted).</summary>
    public long TransactionCount => _repeats;

    public override long Length { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length && _position < Length)
        {
            ReadOnlySpan<byte> source = Current(out int within);
            int n = Math.Min(buffer.Length - written, source.Length - within);
            source.Slice(within, n).CopyTo(buffer[written..]);
            written += n;
            _position += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private ReadOnlySpan<byte> Current(out int within)
    {
        if (_position < _head.Length)
        {
            within = (int)_position;
            return _head;
        }

        long body = _position - _head.Length;
        if (body < _repeats * _transaction.Length)
        {
            within = (int)(body % _transaction.Length);
            return _transaction;
        }

        within = (int)(body - (_repeats * _transaction.Length));
        return _tail;
    }
}
