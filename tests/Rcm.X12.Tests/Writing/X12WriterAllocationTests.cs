using System.Buffers;
using System.Text;
using Rcm.X12.Tests.Properties;
using Rcm.X12.Transactions;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Writing;

public class X12WriterAllocationTests
{
    [Fact]
    public void Writing_typed_claims_and_remittances_allocates_nothing_per_segment()
    {
        X12Transaction[] transactions = [ClaimGenerator.Create(11, institutional: false), ClaimGenerator.Create(12, institutional: true), RemittanceGenerator.Create(13), EligibilityGenerator.Create(14), ClaimStatusGenerator.Create(15)];
        var output = new ArrayBufferWriter<byte>(1 << 20);
        WriteAll(transactions, output); // first write: lazily created empty lists, JIT, pool warm-up
        output.ResetWrittenCount();

        long before = GC.GetAllocatedBytesForCurrentThread();
        WriteAll(transactions, output);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        int segments = Encoding.ASCII.GetString(output.WrittenSpan).Count(c => c == '~');
        Assert.True(segments > 300, $"only {segments} segments written");
        // The writer object itself and its options; nothing that grows with the number of segments or elements.
        Assert.True(allocated < 2048, $"{allocated} bytes allocated for {segments} segments");
    }

    [Fact]
    public void Writes_repetitions_with_the_declared_separator()
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new X12Writer(output))
        {
            writer.BeginSegment("EB");
            writer.WriteElement("B");
            writer.WriteEmptyElement();
            writer.WriteElement("1");
            writer.WriteRepetition("33");
            writer.WriteRepetition(null);
            writer.WriteRepetition("98");
            writer.EndSegment();
        }

        Assert.Equal("EB*B**1^33^98~", Encoding.ASCII.GetString(output.WrittenSpan));
    }

    private static void WriteAll(X12Transaction[] transactions, ArrayBufferWriter<byte> output)
    {
        var options = new X12WriterOptions { ControlNumbers = new SequentialControlNumberSource(), TimeProvider = new FixedTimeProvider(DateTimeOffset.UnixEpoch) };
        using var writer = new X12Writer(output, options);
        writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "S", ReceiverQualifier = "ZZ", ReceiverId = "R" });
        foreach (X12Transaction tx in transactions)
        {
            writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = X12GroupHeader.FunctionalIdentifierFor(tx.TransactionSetId), SenderCode = "S", ReceiverCode = "R", Version = tx.ImplementationReference });
            X12TransactionWriter.Write(writer, tx);
            writer.EndGroup();
        }

        writer.EndInterchange();
    }
}
