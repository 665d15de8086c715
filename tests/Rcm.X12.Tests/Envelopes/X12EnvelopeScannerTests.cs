using Rcm.X12.Envelopes;
using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Envelopes;

public class X12EnvelopeScannerTests
{
    [Fact]
    public void Valid_interchange_has_no_issues_and_exposes_its_envelope_facts()
    {
        byte[] data = X12Segments.Bytes(X12Samples.Interchange("\r\n"));

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(data);

        Assert.Empty(report.Issues);
        Assert.Equal(9, report.SegmentCount);
        X12InterchangeEnvelope interchange = Assert.Single(report.Interchanges);
        Assert.Equal(("ZZ", "SENDER", "ZZ", "RECEIVER"), (interchange.SenderQualifier, interchange.SenderId, interchange.ReceiverQualifier, interchange.ReceiverId));
        Assert.Equal(("240101", "1200", "00501", "000000001", "T"), (interchange.Date, interchange.Time, interchange.Version, interchange.ControlNumber, interchange.UsageIndicator));
        Assert.Equal((1L, 9L, 1L, true), (interchange.FirstSegmentOrdinal, interchange.LastSegmentOrdinal, interchange.DeclaredGroupCount, interchange.IsClosed));
        X12GroupEnvelope group = Assert.Single(interchange.Groups);
        Assert.Equal(("HC", "005010X222A1", "1", 2L, 8L), (group.FunctionalId, group.Version, group.ControlNumber, group.FirstSegmentOrdinal, group.LastSegmentOrdinal));
        X12TransactionEnvelope transaction = Assert.Single(group.Transactions);
        Assert.Equal(("837", "0001", "005010X222A1"), (transaction.SetId, transaction.ControlNumber, transaction.ImplementationReference));
        Assert.Equal((3L, 7L, 5L, 5L), (transaction.FirstSegmentOrdinal, transaction.LastSegmentOrdinal, transaction.SegmentCount, transaction.DeclaredSegmentCount));

        string text = System.Text.Encoding.ASCII.GetString(data, (int)transaction.ByteOffset, (int)transaction.ByteLength);
        Assert.StartsWith("ST*837*0001", text);
        Assert.EndsWith("SE*5*0001~", text);
    }

    /// <summary>Each case replaces segments of the valid sample body and expects exactly one issue at one place.</summary>
    public static TheoryData<string, string[], string, long, string, int?> Cases()
    {
        string[] body = X12Samples.Body();
        string[] With(int index, string segment) => [.. body[..index], segment, .. body[(index + 1)..]];
        string[] Without(int index) => [.. body[..index], .. body[(index + 1)..]];
        string[] Insert(int index, string segment) => [.. body[..index], segment, .. body[index..]];

        return new()
        {
            { "SE01 one too many", With(5, "SE*6*0001"), X12EnvelopeCodes.SegmentCountMismatch, 7, "SE", 1 },
            { "SE01 one too few", With(5, "SE*4*0001"), X12EnvelopeCodes.SegmentCountMismatch, 7, "SE", 1 },
            { "SE02 differs from ST02", With(5, "SE*5*0002"), X12EnvelopeCodes.TransactionControlMismatch, 7, "SE", 2 },
            { "SE01 not a number", With(5, "SE*X5*0001"), X12EnvelopeCodes.InvalidCount, 7, "SE", 1 },
            { "GE01 wrong", With(6, "GE*2*1"), X12EnvelopeCodes.TransactionCountMismatch, 8, "GE", 1 },
            { "GE02 differs from GS06", With(6, "GE*1*7"), X12EnvelopeCodes.GroupControlMismatch, 8, "GE", 2 },
            { "IEA01 wrong", With(7, "IEA*3*000000001"), X12EnvelopeCodes.GroupCountMismatch, 9, "IEA", 1 },
            { "IEA02 differs from ISA13", With(7, "IEA*1*000000009"), X12EnvelopeCodes.InterchangeControlMismatch, 9, "IEA", 2 },
            { "SE missing", Without(5), X12EnvelopeCodes.MissingSe, 7, "GE", null },
            { "GE missing", Without(6), X12EnvelopeCodes.MissingGe, 8, "IEA", null },
            { "IEA missing", Without(7), X12EnvelopeCodes.MissingIea, 8, "GE", null },
            { "lower-case segment id", With(4, "hi*ABK:J020"), X12EnvelopeCodes.InvalidSegmentId, 6, "hi", null },
            { "four-letter segment id", With(4, "HIXX*ABK:J020"), X12EnvelopeCodes.InvalidSegmentId, 6, "HIXX", null },
            { "segment between SE and GE", Insert(6, "REF*EA*1"), X12EnvelopeCodes.OutsideTransaction, 8, "REF", null },
            { "segment between GS and ST", Insert(1, "REF*EA*1"), X12EnvelopeCodes.OutsideTransaction, 3, "REF", null },
            { "segment after IEA", [.. body, "REF*EA*1"], X12EnvelopeCodes.OutsideInterchange, 10, "REF", null },
            { "SE without ST", Insert(6, "SE*2*0002"), X12EnvelopeCodes.UnexpectedSe, 8, "SE", null },
            { "GE without GS", Insert(7, "GE*1*1"), X12EnvelopeCodes.UnexpectedGe, 9, "GE", null },
            { "ISA13 duplicated", [.. body, X12Samples.Isa()[..^1], .. body[..^1], "IEA*1*000000001"], X12EnvelopeCodes.DuplicateInterchangeControl, 10, "ISA", 13 },
            { "ST02 duplicated in a group", [.. body[..6], .. body[1..6], "GE*2*1", body[7]], X12EnvelopeCodes.DuplicateTransactionControl, 8, "ST", 2 },
            { "GS04 not a date", With(0, "GS*HC*SENDER*RECEIVER*20240231*1200*1*X*005010X222A1"), X12EnvelopeCodes.InvalidGroupValue, 2, "GS", 4 },
            { "GS05 not a time", With(0, "GS*HC*SENDER*RECEIVER*20240101*2460*1*X*005010X222A1"), X12EnvelopeCodes.InvalidGroupValue, 2, "GS", 5 },
            { "GS07 not X", With(0, "GS*HC*SENDER*RECEIVER*20240101*1200*1*T*005010X222A1"), X12EnvelopeCodes.InvalidGroupValue, 2, "GS", 7 },
            { "ST03 differs from GS08", With(1, "ST*837*0001*005010X222A2"), X12EnvelopeCodes.ImplementationReferenceMismatch, 3, "ST", 3 },
            { "ST02 too short", [body[0], "ST*837*01*005010X222A1", .. body[2..4], "SE*4*01", .. body[6..]], X12EnvelopeCodes.InvalidTransactionControl, 3, "ST", 2 },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_one_issue_at_its_place(string name, string[] body, string code, long ordinal, string segmentId, int? element)
    {
        X12EnvelopeReport report = X12EnvelopeScanner.Scan(X12Segments.Bytes(X12Samples.WithBody(body)));

        X12Issue issue = Assert.Single(report.Issues);
        Assert.True(code == issue.Code, $"{name}: expected {code}, got {issue}");
        Assert.Equal((ordinal, segmentId, element), (issue.SegmentOrdinal, issue.SegmentId, issue.ElementPosition));
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
    }

    [Theory]
    [InlineData(4, "00", "02", 1)]
    [InlineData(32, "ZZ", "99", 5)]
    [InlineData(70, "240101", "241301", 9)]
    [InlineData(77, "1200", "1261", 10)]
    [InlineData(100, "0", "2", 14)]
    [InlineData(102, "T", "X", 15)]
    public void Reports_isa_values_outside_their_code_lists(int offset, string valid, string invalid, int element)
    {
        string isa = X12Samples.Isa();
        Assert.Equal(valid, isa.Substring(offset, valid.Length)); // the offset names the element under test
        string text = isa[..offset] + invalid + isa[(offset + invalid.Length)..] + string.Concat(X12Samples.Body().Select(s => s + "~"));

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(X12Segments.Bytes(text));

        X12Issue issue = Assert.Single(report.Issues);
        Assert.Equal((X12EnvelopeCodes.InvalidIsaValue, 1L, "ISA", (int?)element, invalid), (issue.Code, issue.SegmentOrdinal, issue.SegmentId, issue.ElementPosition, issue.Value));
    }

    [Fact]
    public void Transactions_outside_a_group_are_reported_as_orphans()
    {
        string[] body = X12Samples.Body();
        string[] segments = [.. body[..7], "ST*837*0002*005010X222A1", "BHT*0019*00*REF2*20240101*1200*CH", "SE*3*0002", body[7]];

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(X12Segments.Bytes(X12Samples.WithBody(segments)));

        X12Issue issue = Assert.Single(report.Issues);
        Assert.Equal((X12EnvelopeCodes.TransactionOutsideGroup, 9L), (issue.Code, issue.SegmentOrdinal));
        X12TransactionEnvelope orphan = Assert.Single(report.OrphanTransactions);
        Assert.Equal(("0002", 9L, 11L, true), (orphan.ControlNumber, orphan.FirstSegmentOrdinal, orphan.LastSegmentOrdinal, orphan.IsClosed));
        Assert.Equal(["0001"], report.Transactions.Select(t => t.ControlNumber));
    }

    [Fact]
    public void Several_interchanges_are_reported_in_order_with_their_own_delimiters()
    {
        string second = X12Samples.Isa('|', '>', '^', '\n', "000000002")
            + "GS|HP|PAYER|CLINIC|20240102|0800|9|X|005010X221A1\nST|835|1001|005010X221A1\nBPR|I|10|C|ACH\nSE|3|1001\nGE|1|9\nIEA|1|000000002\n";

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(X12Segments.Bytes(X12Samples.Interchange() + second));

        Assert.Empty(report.Issues);
        Assert.Equal(["000000001", "000000002"], report.Interchanges.Select(i => i.ControlNumber));
        Assert.Equal((byte)'|', report.Interchanges[1].Delimiters.Element);
        Assert.Equal(["837", "835"], report.Transactions.Select(t => t.SetId));
        Assert.Equal(12L, report.Transactions.Last().FirstSegmentOrdinal);
    }

    [Theory]
    [InlineData("00401", "004010X098A1", "837", "004010X098A1")]
    [InlineData("00501", "005010X224A2", "837", "005010X224A2")]
    [InlineData("00501", "005010X220A1", "834", "005010X220A1")]
    public void Transactions_without_a_guide_read_and_are_named(string isaVersion, string gsVersion, string setId, string reference)
    {
        string isa = X12Samples.Isa(repetition: isaVersion == "00401" ? 'U' : '^').Replace("00501", isaVersion);
        string text = isa + $"GS*BE*S*R*20240101*1200*5*X*{gsVersion}~ST*{setId}*0001*{reference}~INS*Y*18*030~SE*3*0001~GE*1*5~IEA*1*000000001~";

        X12EnvelopeReport report = X12EnvelopeScanner.Scan(X12Segments.Bytes(text));

        Assert.Empty(report.Issues);
        Assert.Equal(isaVersion, report.Interchanges[0].Version);
        Assert.Equal(gsVersion, report.Interchanges[0].Groups[0].Version);
        Assert.Equal((setId, reference), (report.Transactions.Single().SetId, report.Transactions.Single().ImplementationReference));
    }

    [Fact]
    public async Task Stream_scan_gives_the_same_report_as_memory_scan()
    {
        byte[] data = X12Segments.Bytes(X12Samples.WithBody([.. X12Samples.Body()[..5], "SE*9*0001", .. X12Samples.Body()[6..]]));

        X12EnvelopeReport fromMemory = X12EnvelopeScanner.Scan(data);
        X12EnvelopeReport fromStream = X12EnvelopeScanner.Scan(new MemoryStream(data));
        X12EnvelopeReport fromAsync = await X12EnvelopeScanner.ScanAsync(new MemoryStream(data));

        Assert.Equal(fromMemory.Issues, fromStream.Issues);
        Assert.Equal(fromMemory.Issues, fromAsync.Issues);
        Assert.Single(fromStream.Issues);
    }
}
