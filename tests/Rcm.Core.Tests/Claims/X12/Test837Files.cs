using Rcm.Core.Claims;
using Rcm.Core.Claims.X12;
using Rcm.X12.Transactions;
using Rcm.X12.Writing;

namespace Rcm.Core.Tests.Claims.X12;

/// <summary>Crafted 837 files: business claims written through the translator and the X12 writer, with fixed envelopes.</summary>
public static class Test837Files
{
    public static readonly X12Party Submitter = new()
    {
        Name = new X12Name { EntityIdentifier = "41", EntityType = "2", LastOrOrganizationName = "BRIGHT PATH", IdentifierQualifier = "46", Identifier = "S12345" },
        Contacts = [new X12Contact { Function = "IC", Name = "BILLING", Communications = [new X12Communication("TE", "5555550100")] }],
    };

    public static readonly X12Party Receiver = new()
    {
        Name = new X12Name { EntityIdentifier = "40", EntityType = "2", LastOrOrganizationName = "CLEARINGHOUSE", IdentifierQualifier = "46", Identifier = "CH0001" },
    };

    public static byte[] Write(params Claim[] claims)
    {
        var transaction = Claim837Translator.ToTransaction(claims, Submitter, Receiver, "BATCH1", new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        transaction.ControlNumber = "0001";
        using var stream = new MemoryStream();
        using (var writer = new X12Writer(stream))
        {
            writer.BeginInterchange(new X12InterchangeHeader
            {
                SenderQualifier = "ZZ", SenderId = "BRIGHTPATH", ReceiverQualifier = "ZZ", ReceiverId = "CLEARINGHOUSE",
                Date = "261120", Time = "0930", ControlNumber = "000000042", UsageIndicator = "T",
            });
            writer.BeginGroup(new X12GroupHeader
            {
                FunctionalIdentifier = "HC", SenderCode = "BRIGHTPATH", ReceiverCode = "CLEARINGHOUSE",
                Version = transaction.ImplementationReference, Date = "20261120", Time = "0930", ControlNumber = "42",
            });
            Rcm.X12.Transactions.Claims.Claim837Writer.Write(writer, transaction);
            writer.EndGroup();
            writer.EndInterchange();
        }

        return stream.ToArray();
    }
}
