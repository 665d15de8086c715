using System.Globalization;
using Rcm.X12.Envelopes;
using Rcm.X12.Validation;
using Rcm.X12.Writing;

namespace Rcm.X12.Acknowledgments;

/// <summary>
/// Writes the 999 Implementation Acknowledgment (005010X231A1) for a validated inbound file: per inbound interchange
/// one outbound interchange (sender and receiver swapped) with one FA group, and per inbound functional group one
/// 999 transaction set: AK1, then per transaction set AK2, IK3/IK4 for each segment and element finding, IK5 with
/// its verdict, and AK9 with the group's verdict and counts.
/// </summary>
public static class ImplementationAcknowledgmentWriter
{
    private const int MaxElementErrorsPerSegment = 99; // X231A1 2110 IK4 loop repeat

    /// <summary>The 999 as bytes (empty when the input holds only acknowledgments, which are not acknowledged).</summary>
    public static byte[] Create(X12ValidationReport report, AcknowledgmentOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(report, stream, options);
        return stream.ToArray();
    }

    /// <summary>Writes the 999 to a stream.</summary>
    public static void Write(X12ValidationReport report, Stream output, AcknowledgmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new AcknowledgmentOptions();
        using var writer = new X12Writer(output, new X12WriterOptions
        {
            ControlNumbers = options.ControlNumbers,
            TimeProvider = options.TimeProvider,
            LineBreak = options.LineBreak,
        });
        foreach (var interchange in report.Envelope.Interchanges)
        {
            // Acknowledgments are not acknowledged (X231A1 AK101 has no FA): groups of 999s/997s/TA1s get no 999.
            var groups = interchange.Groups.Where(Acknowledgeable).ToList();
            if (groups.Count == 0)
            {
                continue;
            }

            writer.BeginInterchange(new X12InterchangeHeader
            {
                SenderQualifier = Qualifier(interchange.ReceiverQualifier),
                SenderId = Clean(interchange.ReceiverId) ?? "UNKNOWN",
                ReceiverQualifier = Qualifier(interchange.SenderQualifier),
                ReceiverId = Clean(interchange.SenderId) ?? "UNKNOWN",
                UsageIndicator = options.UsageIndicator ?? (interchange.UsageIndicator is "T" ? "T" : "P"),
            });
            var first = groups[0];
            writer.BeginGroup(new X12GroupHeader
            {
                FunctionalIdentifier = "FA",
                SenderCode = Clean(first.ReceiverCode) ?? "UNKNOWN",
                ReceiverCode = Clean(first.SenderCode) ?? "UNKNOWN",
                Version = "005010X231A1",
            });
            foreach (var group in groups)
            {
                WriteGroup(writer, report, group);
            }

            writer.EndGroup();
            writer.EndInterchange();
        }

        writer.Flush();
    }

    /// <summary>ISA05/ISA07 as X12.5 allows them; anything else becomes ZZ (mutually defined).</summary>
    private static string Qualifier(string value) =>
        value is "01" or "14" or "20" or "27" or "28" or "29" or "30" or "33" or "ZZ" ? value : "ZZ";

    /// <summary>
    /// A group gets a 999 when X231A1 can name it: AK101 is one of the guide's functional ids (so not FA: acknowledgments
    /// are not acknowledged), AK102 a control number, AK103 a version. A group too broken to name gets none.
    /// </summary>
    private static bool Acknowledgeable(X12GroupEnvelope group) =>
        Guide999Codes.Value.FunctionalIds.Contains(group.FunctionalId) && group.Version.Length is >= 1 and <= 12
        && Clean(group.Version) is not null && group.ControlNumber.Length is >= 1 and <= 9 && group.ControlNumber.All(char.IsAsciiDigit);

    /// <summary>AK2 can name a transaction set whose ST01 the guide lists and whose ST02 is 4–9 characters.</summary>
    private static bool Nameable(X12TransactionEnvelope transaction) =>
        Guide999Codes.Value.SetIds.Contains(transaction.SetId) && transaction.ControlNumber.Length is >= 4 and <= 9
        && Clean(transaction.ControlNumber) is not null;

    private static readonly Lazy<(HashSet<string> FunctionalIds, HashSet<string> SetIds)> Guide999Codes = new(() =>
    {
        var guide = Guides.GuideCatalog.Get("999", "005010X231A1")!;
        var ak1 = guide.Transaction.Children.OfType<Guides.SegmentDefinition>().First(s => s.Id == "AK1");
        var ak2 = guide.FindLoop("2000")!.Trigger;
        return (new HashSet<string>(ak1.Element(1)!.Codes!), new HashSet<string>(ak2.Element(1)!.Codes!));
    });

    private static void WriteGroup(X12Writer writer, X12ValidationReport report, X12GroupEnvelope group)
    {
        writer.BeginTransaction("999", null, "005010X231A1");
        // AK1 and AK2 are required: an id the inbound file garbled still needs a placeholder.
        writer.WriteSegment("AK1", group.FunctionalId, group.ControlNumber, group.Version);
        var accepted = 0;
        var noted = false;
        foreach (var transaction in group.Transactions)
        {
            var verdict = report.For(transaction);
            if (!Nameable(transaction))
            {
                continue; // received, not accepted, but AK2 cannot name it (AK903 still counts it)
            }

            writer.WriteSegment("AK2", transaction.SetId, transaction.ControlNumber, Clean(transaction.ImplementationReference));
            var errors = verdict.Issues.Where(i => i.Severity == X12Severity.Error).ToList();
            WriteSegmentErrors(writer, transaction, errors);
            var (status, codes) = TransactionVerdict(verdict, transaction, errors);
            if (status != "R")
            {
                accepted++;
            }

            noted |= status == "E";

            var ik5 = new string?[1 + codes.Count];
            ik5[0] = status;
            for (var i = 0; i < codes.Count; i++)
            {
                ik5[i + 1] = codes[i];
            }

            writer.WriteSegment("IK5", ik5);
        }

        var groupCodes = report.GroupIssues(group).Select(i => AcknowledgmentCodes.GroupCode(i.Code))
            .OfType<string>().Distinct().Take(5).ToList();
        var received = group.Transactions.Count;
        // X231A1 AK901: A accepted, E accepted with errors noted, P partially accepted, R rejected.
        var ak901 = groupCodes.Count > 0 || accepted == 0 ? "R" : accepted < received ? "P" : noted ? "E" : "A";
        if (groupCodes.Count > 0)
        {
            accepted = 0;
        }

        var ak9 = new List<string?>
        {
            ak901,
            (group.DeclaredTransactionCount ?? received).ToString(CultureInfo.InvariantCulture),
            received.ToString(CultureInfo.InvariantCulture),
            accepted.ToString(CultureInfo.InvariantCulture),
        };
        ak9.AddRange(groupCodes);
        writer.WriteSegment("AK9", ak9.ToArray());
        writer.EndTransaction();
    }

    /// <summary>IK501 and IK502 codes for one transaction set.</summary>
    private static (string Status, List<string> Codes) TransactionVerdict(X12TransactionValidation verdict,
        X12TransactionEnvelope transaction, List<X12Issue> errors)
    {
        var codes = new List<string>();
        foreach (var issue in errors)
        {
            if (AcknowledgmentCodes.TransactionCode(issue.Code) is { } code && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (!transaction.IsClosed && !codes.Contains("2"))
        {
            codes.Add("2");
        }

        if (verdict.Match == Guides.GuideMatchKind.None)
        {
            // X231A1 IK502 1: Transaction Set Not Supported (no guide here to check it against).
            codes.Insert(0, "1");
            return ("R", codes.Take(5).ToList());
        }

        if (errors.Any(e => AcknowledgmentCodes.TransactionCode(e.Code) is null))
        {
            codes.Add("5");
        }

        if (codes.Count > 0)
        {
            return ("R", codes.Take(5).ToList());
        }

        if (HasNotedWarnings(verdict))
        {
            // X231A1 IK502 I6: Implementation Convention Not Supported, for a variant addendum checked against ours.
            return ("E", ["I6"]);
        }

        return ("A", codes);
    }

    private static bool HasNotedWarnings(X12TransactionValidation verdict) =>
        verdict.Issues.Any(i => i.Code == GuideIssueCodes.VersionVariant);

    private static void WriteSegmentErrors(X12Writer writer, X12TransactionEnvelope transaction, List<X12Issue> errors)
    {
        foreach (var bySegment in errors.Where(e => AcknowledgmentCodes.TransactionCode(e.Code) is null)
                     .GroupBy(e => e.SegmentOrdinal))
        {
            var position = (bySegment.Key - transaction.FirstSegmentOrdinal + 1).ToString(CultureInfo.InvariantCulture);
            var elementErrors = new List<X12Issue>();
            foreach (var issue in bySegment)
            {
                if (AcknowledgmentCodes.SegmentCode(issue.Code) is { } segmentCode)
                {
                    // For a missing segment or loop, IK301 names the missing segment and IK302 the place it was due.
                    var id = segmentCode == "3" && issue.Value is { Length: >= 2 and <= 3 } missing ? missing : issue.SegmentId;
                    if (id.Length is < 2 or > 3)
                    {
                        continue; // IK301 (ID 2-3) cannot carry a malformed id; IK5 still rejects the set (IK502 5)
                    }

                    writer.WriteSegment("IK3", Clean(id) ?? "XX", position, LoopCode(issue.LoopId), segmentCode);
                }
                else if (issue.ElementPosition is not null)
                {
                    elementErrors.Add(issue);
                }
            }

            if (elementErrors.Count == 0)
            {
                continue;
            }

            writer.WriteSegment("IK3", Clean(elementErrors[0].SegmentId) ?? "XX", position, LoopCode(elementErrors[0].LoopId), "8");
            foreach (var issue in elementErrors.Take(MaxElementErrorsPerSegment))
            {
                var ik401 = issue.ComponentPosition is { } c
                    ? writer.Composite(issue.ElementPosition!.Value.ToString(CultureInfo.InvariantCulture), c.ToString(CultureInfo.InvariantCulture))
                    : issue.ElementPosition!.Value.ToString(CultureInfo.InvariantCulture);
                var ik403 = AcknowledgmentCodes.ElementCode(issue.Code);
                var bad = ik403 is "1" or "2" ? null : Clean(issue.Value, writer.Delimiters, 99);
                writer.WriteSegment("IK4", ik401, null, ik403, bad);
            }
        }
    }

    private static string? Clean(string? value) => Clean(value, X12Delimiters.Default, 99);

    /// <summary>
    /// IK303 (element 447, AN 1–4): the loop id when it fits. Ids like 2010AA do not, and IK303 is situational, so
    /// it is left out rather than cut to a different loop's name.
    /// </summary>
    private static string? LoopCode(string? loopId) => loopId is { Length: <= 4 } ? Clean(loopId) : null;

    /// <summary>Values copied from the inbound file must not carry our delimiters (the inbound file may use others).</summary>
    private static string? Clean(string? value, X12Delimiters delimiters, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var ch in value)
        {
            if (ch == delimiters.Element || ch == delimiters.Component || ch == delimiters.Segment
                || (delimiters.HasRepetition && ch == delimiters.Repetition) || char.IsControl(ch) || ch > 0x7E)
            {
                return null;
            }
        }

        return value.Length > max ? value[..max] : value;
    }
}
