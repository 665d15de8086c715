using Rcm.X12.Reading;

namespace Rcm.X12.Validation;

/// <summary>
/// Validates X12 5010 files: envelopes (ISA/IEA, GS/GE, ST/SE counts and control numbers), then each transaction
/// set against its implementation guide (SNIP levels 1–2: segment order, loops, repeats, usage, element types,
/// lengths and codes) and the balancing and hierarchy rules that need no outside data (SNIP 3–4).
/// Findings never throw; input that is not X12 at all throws <see cref="X12FormatException"/>.
/// </summary>
public static class X12Validator
{
    /// <summary>Validates a whole file held in memory.</summary>
    public static X12ValidationReport Validate(ReadOnlySpan<byte> data)
    {
        var session = new ValidationSession();
        var reader = new X12SegmentReader(data);
        while (reader.Read())
        {
            session.Observe(ref reader);
        }

        return session.Complete();
    }

    /// <summary>Validates a stream of any size in bounded memory.</summary>
    public static X12ValidationReport Validate(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var session = new ValidationSession();
        using var source = new X12StreamReader(stream, leaveOpen: true);
        source.ReadAll(session.Observe);
        return session.Complete();
    }
}
