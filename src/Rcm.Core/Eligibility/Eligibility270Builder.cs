using System.Buffers;
using System.Globalization;
using Rcm.X12.Writing;

namespace Rcm.Core.Eligibility;

/// <summary>
/// Writes one 270 (005010X279A1) interchange for one <see cref="EligibilityInquiry"/>: the payer (2100A), our
/// provider (2100B), the subscriber (2100C) and, when the patient is not the subscriber, the dependent (2100D).
/// The only translator from an inquiry to X12 (CONVENTIONS: one mapper per transaction).
/// </summary>
public sealed class Eligibility270Builder
{
    private readonly TimeProvider _time;
    private readonly string _senderId;
    private long _control;

    public Eligibility270Builder(TimeProvider time, string senderId = "OPENRCM", long firstControlNumber = 1)
    {
        _time = time;
        _senderId = senderId;
        _control = firstControlNumber - 1;
    }

    public byte[] Build(EligibilityInquiry q)
    {
        ArgumentNullException.ThrowIfNull(q);
        long control = Interlocked.Increment(ref _control) % 999_999_999;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new X12Writer(buffer, new X12WriterOptions { TimeProvider = _time, ControlNumbers = new SequentialControlNumberSource(control) }))
        {
            w.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = _senderId, ReceiverQualifier = "ZZ", ReceiverId = q.PayerCode });
            w.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HS", SenderCode = _senderId, ReceiverCode = q.PayerCode, Version = "005010X279A1" });
            w.BeginTransaction("270", "0001", "005010X279A1");
            DateTimeOffset now = _time.GetUtcNow();
            // X279A1 BHT: 0022 information source/receiver/subscriber/dependent structure; 13 request.
            w.WriteSegment("BHT", "0022", "13", "ELG" + control.ToString(CultureInfo.InvariantCulture), now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), now.ToString("HHmm", CultureInfo.InvariantCulture));
            w.WriteSegment("HL", "1", null, "20", "1");
            w.WriteSegment("NM1", "PR", "2", "PAYER", null, null, null, null, "PI", q.PayerCode);
            w.WriteSegment("HL", "2", "1", "21", "1");
            w.WriteSegment("NM1", "1P", "2", q.ProviderName, null, null, null, null, "XX", q.ProviderNpi);
            bool dependent = q.Dependent is not null;
            w.WriteSegment("HL", "3", "2", "22", dependent ? "1" : "0");
            if (!dependent) w.WriteSegment("TRN", "1", q.TraceNumber, "9OPENRCM01");
            w.WriteSegment("NM1", "IL", "1", q.SubscriberLastName, q.SubscriberFirstName, null, null, null, "MI", q.MemberId);
            if (q.SubscriberBirthDate is { } sb) w.WriteSegment("DMG", "D8", D(sb));
            if (q.Dependent is { } d)
            {
                w.WriteSegment("HL", "4", "3", "23", "0");
                w.WriteSegment("TRN", "1", q.TraceNumber, "9OPENRCM01");
                w.WriteSegment("NM1", "03", "1", d.LastName, d.FirstName);
                w.WriteSegment("DMG", "D8", D(d.BirthDate));
            }

            // X279A1 2100C/D DTP 291: the plan date asked about (the visit's date).
            w.WriteSegment("DTP", "291", "D8", D(q.ServiceDate));
            w.WriteSegment("EQ", q.ServiceType);
            w.EndTransaction();
            w.EndGroup();
            w.EndInterchange();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string D(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
