using System.Buffers.Text;
using System.Text;
using Rcm.X12.Reading;
using Rcm.X12.Validation;

namespace Rcm.X12.Envelopes;

/// <summary>Missing trailers, empty envelopes, counts and the issue helpers.</summary>
public sealed partial class X12EnvelopeTracker
{
    private void EndTransaction(string reason, string segmentId, long ordinal = -1)
    {
        if (_transaction is null)
        {
            return;
        }

        long at = ordinal < 0 ? _lastOrdinal : ordinal;
        Add(X12EnvelopeCodes.MissingSe, at, segmentId, null, null,
            $"Transaction set {_transaction.SetId} {_transaction.ControlNumber} has no SE: {reason}");
        _transaction.LastSegmentOrdinal = ordinal < 0 ? _lastOrdinal : ordinal - 1;
        _transaction = null;
    }

    private void EndGroup(string reason, string segmentId, long ordinal = -1)
    {
        if (_group is null)
        {
            return;
        }

        Add(X12EnvelopeCodes.MissingGe, ordinal < 0 ? _lastOrdinal : ordinal, segmentId, null, null,
            $"Functional group {_group.ControlNumber} has no GE: {reason}");
        _group.LastSegmentOrdinal = ordinal < 0 ? _lastOrdinal : ordinal - 1;
        CheckNotEmpty(_group);
        _group = null;
    }

    private void EndInterchange(string reason, string segmentId, long ordinal = -1)
    {
        if (_interchange is null)
        {
            return;
        }

        Add(X12EnvelopeCodes.MissingIea, ordinal < 0 ? _lastOrdinal : ordinal, segmentId, null, null,
            $"Interchange {_interchange.ControlNumber} has no IEA: {reason}");
        _interchange.LastSegmentOrdinal = ordinal < 0 ? _lastOrdinal : ordinal - 1;
        CheckNotEmpty(_interchange);
        _interchange = null;
    }

    private void CheckNotEmpty(X12GroupEnvelope group)
    {
        if (group.Transactions.Count == 0)
        {
            Add(X12EnvelopeCodes.EmptyGroup, group.FirstSegmentOrdinal, "GS", null, null,
                $"Functional group {group.ControlNumber} holds no transaction set", X12Severity.Warning);
        }
    }

    private void CheckNotEmpty(X12InterchangeEnvelope interchange)
    {
        if (interchange.Groups.Count == 0)
        {
            Add(X12EnvelopeCodes.EmptyInterchange, interchange.FirstSegmentOrdinal, "ISA", null, null,
                $"Interchange {interchange.ControlNumber} holds no functional group", X12Severity.Warning);
        }
    }

    private long? Count(ref X12SegmentReader segment, string id, int position)
    {
        if (Utf8Parser.TryParse(segment.Element(position), out long value, out int used) && used == segment.Element(position).Length && value >= 0)
        {
            return value;
        }

        Add(X12EnvelopeCodes.InvalidCount, segment.SegmentOrdinal, id, position, segment.GetString(position),
            $"{id}{position:D2} must be a count (digits only)");
        return null;
    }

    private static bool IsValidSegmentId(ReadOnlySpan<byte> id)
    {
        if (id.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (byte b in id)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Trimmed(ref X12SegmentReader segment, int position) => segment.GetString(position).TrimEnd(' ');

    private static string Text(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value);

    private void Add(string code, long ordinal, ReadOnlySpan<byte> id, int? element, string? value, string message) =>
        Add(code, ordinal, Text(id), element, value, message);

    private void Add(string code, long ordinal, string segmentId, int? element, string? value, string message,
        X12Severity severity = X12Severity.Error) =>
        _issues.Add(new X12Issue(code, severity, message, ordinal, segmentId, null, element, null, value));
}
