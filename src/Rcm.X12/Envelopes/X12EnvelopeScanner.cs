using Rcm.X12.Reading;

namespace Rcm.X12.Envelopes;

/// <summary>
/// Reads a whole file and reports its envelope structure: interchanges, groups and transaction sets with their
/// control numbers and positions, and every envelope finding. Transaction sets and versions without a guide here
/// (837D, 834, 004010 …) read the same: the report simply names them. Unreadable input throws
/// <see cref="X12FormatException"/>.
/// </summary>
public static class X12EnvelopeScanner
{
    /// <summary>Scans X12 held in memory.</summary>
    public static X12EnvelopeReport Scan(ReadOnlySpan<byte> data)
    {
        var tracker = new X12EnvelopeTracker();
        var reader = new X12SegmentReader(data);
        while (reader.Read())
        {
            tracker.Observe(ref reader);
        }

        return tracker.Complete();
    }

    /// <summary>Scans X12 from a stream in bounded memory.</summary>
    public static X12EnvelopeReport Scan(Stream stream)
    {
        var tracker = new X12EnvelopeTracker();
        using var source = new X12StreamReader(stream, leaveOpen: true);
        source.ReadAll(tracker.Observe);
        return tracker.Complete();
    }

    /// <summary>Scans X12 from a stream with asynchronous reads (e.g. an HTTP request body), in bounded memory.</summary>
    public static async ValueTask<X12EnvelopeReport> ScanAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var tracker = new X12EnvelopeTracker();
        using var source = new X12StreamReader(stream, leaveOpen: true);
        await source.ReadAllAsync(tracker.Observe, cancellationToken).ConfigureAwait(false);
        return tracker.Complete();
    }
}
