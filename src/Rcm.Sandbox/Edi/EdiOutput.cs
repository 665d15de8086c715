using System.Buffers;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Edi;

/// <summary>
/// Writes the sandbox's outbound X12 (271, 277, 278, 999, 277CA, 835) through Rcm.X12's <see cref="X12Writer"/>:
/// one interchange, one group, and the transaction sets a body callback writes. Dates come from the simulated clock;
/// control numbers from one sequence per sandbox run.
/// </summary>
public sealed class EdiOutput
{
    private readonly TimeProvider _clock;
    private readonly IControlNumberSource _controlNumbers;

    public EdiOutput(TimeProvider clock, IControlNumberSource controlNumbers)
    {
        _clock = clock;
        _controlNumbers = controlNumbers;
    }

    public TimeProvider Clock => _clock;

    /// <summary>
    /// Writes ISA/GS around <paramref name="body"/>, which opens and closes its own transaction sets (ST/SE).
    /// </summary>
    public byte[] Write(EdiParty sender, EdiParty receiver, string functionalId, string version, Action<X12Writer> body, bool test = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new X12Writer(buffer, new X12WriterOptions
        {
            ControlNumbers = _controlNumbers,
            TimeProvider = _clock,
            LineBreak = "\n",
        }))
        {
            writer.BeginInterchange(new X12InterchangeHeader
            {
                SenderQualifier = sender.Qualifier,
                SenderId = sender.Id,
                ReceiverQualifier = receiver.Qualifier,
                ReceiverId = receiver.Id,
                UsageIndicator = test ? "T" : "P",
            });
            writer.BeginGroup(new X12GroupHeader
            {
                FunctionalIdentifier = functionalId,
                SenderCode = sender.Id,
                ReceiverCode = receiver.Id,
                Version = version,
            });
            body(writer);
            writer.EndGroup();
            writer.EndInterchange();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
