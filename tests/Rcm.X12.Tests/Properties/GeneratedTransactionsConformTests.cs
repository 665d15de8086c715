using System.Buffers;
using Rcm.X12.Transactions;
using Rcm.X12.Validation;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Properties;

/// <summary>
/// What the typed writers produce conforms to the implementation guides: generated transactions written by
/// <see cref="X12TransactionWriter"/> are checked by the guide validator (an independent part of Rcm.X12 built from
/// the guides as data), and no error may come back — segment order, loops, repeats, codes, HL structure, balancing.
/// </summary>
public class GeneratedTransactionsConformTests
{
    private const int Cases = 100;

    public static TheoryData<string> Families() => ["837P", "837I", "835", "270", "276"];

    [Theory]
    [MemberData(nameof(Families))]
    public void Written_transactions_pass_the_guide_validator(string family)
    {
        (Func<int, X12Transaction> generate, string version) = family switch
        {
            "837P" => ((Func<int, X12Transaction>)(s => ClaimGenerator.Create(s, institutional: false)), "005010X222A1"),
            "837I" => (s => ClaimGenerator.Create(s, institutional: true), "005010X223A2"),
            "835" => (RemittanceGenerator.Create, "005010X221A1"),
            "270" => (EligibilityGenerator.Create, "005010X279A1"),
            _ => (ClaimStatusGenerator.Create, "005010X212"),
        };

        for (int seed = 1; seed <= Cases; seed++)
        {
            var output = new ArrayBufferWriter<byte>();
            using (var writer = new X12Writer(output, new X12WriterOptions { LineBreak = "\n" }))
            {
                X12Transaction tx = generate(seed);
                writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "SENDER", ReceiverQualifier = "ZZ", ReceiverId = "RECEIVER", UsageIndicator = "T" });
                writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = X12GroupHeader.FunctionalIdentifierFor(tx.TransactionSetId), SenderCode = "S", ReceiverCode = "R", Version = version });
                X12TransactionWriter.Write(writer, tx);
                writer.EndGroup();
                writer.EndInterchange();
            }

            X12ValidationReport report = X12Validator.Validate(output.WrittenSpan);
            X12Issue[] errors = [.. report.Issues.Where(i => i.Severity == X12Severity.Error)];
            Assert.True(errors.Length == 0,
                $"{family} seed {seed}: " + string.Join("; ", errors.Take(5).Select(e => $"{e.Code} segment {e.SegmentOrdinal} {e.SegmentId}: {e.Message}")));
        }
    }
}
