using System.Buffers;
using Rcm.X12.Transactions;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Properties;

/// <summary>Writes one typed transaction in a full interchange and reads it back.</summary>
internal static class TypedRoundTrip
{
    public static X12Transaction Reparse(X12Transaction tx, string version, X12Delimiters delimiters, string lineBreak)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new X12Writer(output, new X12WriterOptions { Delimiters = delimiters, LineBreak = lineBreak, TimeProvider = TimeProvider.System }))
        {
            writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "SENDER", ReceiverQualifier = "ZZ", ReceiverId = "RECEIVER", UsageIndicator = "T" });
            writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = X12GroupHeader.FunctionalIdentifierFor(tx.TransactionSetId), SenderCode = "S", ReceiverCode = "R", Version = version });
            X12TransactionWriter.Write(writer, tx);
            writer.EndGroup();
            writer.EndInterchange();
        }

        X12ParseResult result = X12TransactionParser.Parse(output.WrittenSpan);
        Assert.Empty(result.Issues);
        return Assert.Single(result.Transactions);
    }

    /// <summary>Typed JSON without the file position (which the generated object has no reason to know).</summary>
    public static string Json(X12Transaction tx)
    {
        tx.SegmentOrdinal = 0;
        return X12TypedJson.Serialize(tx);
    }

    /// <summary>Delimiter sets to vary per case: the common one and unusual ones seen in the corpus.</summary>
    public static (X12Delimiters Delimiters, string LineBreak) Layout(int seed) => (seed % 3) switch
    {
        0 => (X12Delimiters.Default, string.Empty),
        1 => (new X12Delimiters((byte)'|', (byte)'>', (byte)'^', (byte)'~'), "\n"),
        _ => (new X12Delimiters((byte)'*', (byte)':', (byte)'{', (byte)'\''), "\r\n"),
    };
}
