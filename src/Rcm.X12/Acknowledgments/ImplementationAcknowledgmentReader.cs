using System.Globalization;
using System.Text;
using Rcm.X12.Reading;
using Rcm.X12.Validation;

namespace Rcm.X12.Acknowledgments;

/// <summary>
/// Reads a 999 (005010X231A1) into group and transaction verdicts, turning each IK3/IK4 into an
/// <see cref="X12Issue"/> so a payer's rejection looks like one of our own findings. Reads structure only: validate
/// the 999 itself with <see cref="X12Validator"/> when its conformance matters.
/// </summary>
public static class ImplementationAcknowledgmentReader
{
    /// <summary>Reads every 999 in the input. Unreadable input throws <see cref="X12FormatException"/>.</summary>
    public static ImplementationAcknowledgment Read(ReadOnlySpan<byte> data)
    {
        var groups = new List<AcknowledgedGroup>();
        var reader = new X12SegmentReader(data);
        GroupBuilder? group = null;
        TransactionBuilder? transaction = null;
        (string Id, long Position, string? Loop)? segment = null;
        while (reader.Read())
        {
            switch (Encoding.ASCII.GetString(reader.SegmentId))
            {
                case "AK1":
                    group = new GroupBuilder(reader.GetString(1), reader.GetString(2), Optional(ref reader, 3));
                    break;
                case "AK2" when group is not null:
                    transaction = new TransactionBuilder(reader.GetString(1), reader.GetString(2), Optional(ref reader, 3));
                    group.Transactions.Add(transaction);
                    segment = null;
                    break;
                case "IK3" when transaction is not null:
                    segment = (reader.GetString(1), Number(reader.Element(2)), Optional(ref reader, 3));
                    var ik304 = reader.GetString(4);
                    if (ik304.Length > 0 && ik304 != "8")
                    {
                        transaction.Issues.Add(new PendingIssue("ACK-IK3-" + ik304,
                            $"{AcknowledgmentCodes.DescribeSegmentCode(ik304)}: {segment.Value.Id} at position {segment.Value.Position}",
                            segment.Value.Position, segment.Value.Id, segment.Value.Loop, null, null, null));
                    }

                    break;
                case "IK4" when transaction is not null:
                    var position = (int)Number(reader.Component(1, 1));
                    var component = reader.Component(1, 2).IsEmpty ? (int?)null : (int)Number(reader.Component(1, 2));
                    var ik403 = reader.GetString(3);
                    var bad = Optional(ref reader, 4);
                    var id = segment?.Id ?? "";
                    var label = component is null ? $"{id}{position:00}" : $"{id}{position:00}-{component}";
                    transaction.Issues.Add(new PendingIssue("ACK-IK4-" + ik403,
                        $"{AcknowledgmentCodes.DescribeElementCode(ik403)}: {label}{(bad is null ? "" : $" '{bad}'")}",
                        segment?.Position ?? 0, id, segment?.Loop, position, component, bad));
                    break;
                case "IK5" when transaction is not null:
                    transaction.Status = Status(reader.GetString(1));
                    transaction.Codes.AddRange(Codes(ref reader, 2, 6));
                    break;
                case "AK9" when group is not null:
                    groups.Add(new AcknowledgedGroup(group.FunctionalId, group.ControlNumber, group.Version,
                        Status(reader.GetString(1)), (int)Number(reader.Element(2)), (int)Number(reader.Element(3)),
                        (int)Number(reader.Element(4)), Codes(ref reader, 5, 9),
                        group.Transactions.Select(t => t.Build()).ToArray()));
                    group = null;
                    transaction = null;
                    break;
            }
        }

        return new ImplementationAcknowledgment(groups);
    }

    private static string? Optional(ref X12SegmentReader reader, int position) =>
        reader.Element(position).IsEmpty ? null : reader.GetString(position);

    private static List<string> Codes(ref X12SegmentReader reader, int from, int to)
    {
        var codes = new List<string>();
        for (var p = from; p <= to; p++)
        {
            if (!reader.Element(p).IsEmpty)
            {
                codes.Add(reader.GetString(p));
            }
        }

        return codes;
    }

    private static long Number(ReadOnlySpan<byte> value) =>
        long.TryParse(Encoding.ASCII.GetString(value), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static AcknowledgmentStatus Status(string code) => code switch
    {
        "A" => AcknowledgmentStatus.Accepted,
        "E" => AcknowledgmentStatus.AcceptedWithErrors,
        "P" => AcknowledgmentStatus.PartiallyAccepted,
        _ => AcknowledgmentStatus.Rejected,
    };

    private sealed record PendingIssue(string Code, string Message, long Position, string SegmentId, string? Loop,
        int? Element, int? Component, string? Value);

    private sealed class GroupBuilder(string functionalId, string controlNumber, string? version)
    {
        public string FunctionalId { get; } = functionalId;
        public string ControlNumber { get; } = controlNumber;
        public string? Version { get; } = version;
        public List<TransactionBuilder> Transactions { get; } = [];
    }

    private sealed class TransactionBuilder(string setId, string controlNumber, string? reference)
    {
        public AcknowledgmentStatus Status { get; set; } = AcknowledgmentStatus.Rejected;
        public List<string> Codes { get; } = [];
        public List<PendingIssue> Issues { get; } = [];

        public AcknowledgedTransaction Build()
        {
            // A rejected set's errors are errors; an accepted-with-errors set's are warnings.
            var severity = Status == AcknowledgmentStatus.Rejected ? X12Severity.Error : X12Severity.Warning;
            return new AcknowledgedTransaction(setId, controlNumber, reference, Status, Codes,
                Issues.Select(i => new X12Issue(i.Code, severity, i.Message, i.Position, i.SegmentId, i.Loop, i.Element,
                    i.Component, i.Value)).ToArray());
        }
    }
}
