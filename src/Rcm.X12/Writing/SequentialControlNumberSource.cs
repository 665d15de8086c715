namespace Rcm.X12.Writing;

/// <summary>
/// The default <see cref="IControlNumberSource"/>: one counter per kind, starting at a chosen number. Thread-safe, so
/// one instance can serve several writers.
/// </summary>
public sealed class SequentialControlNumberSource : IControlNumberSource
{
    private const long Max = 999_999_999;
    private readonly long[] _next;

    public SequentialControlNumberSource(long start = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(start, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Max);
        _next = [start - 1, start - 1, start - 1];
    }

    public long Next(X12ControlNumberKind kind)
    {
        long value = Interlocked.Increment(ref _next[(int)kind]);
        if (value > Max)
        {
            // X12.5: control numbers are at most nine digits; wrap to 1 as senders do after 999,999,999.
            Interlocked.CompareExchange(ref _next[(int)kind], 1, value);
            return 1;
        }

        return value;
    }
}
