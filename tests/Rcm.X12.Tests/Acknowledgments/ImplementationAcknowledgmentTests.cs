using System.Text;
using Rcm.X12.Acknowledgments;
using Rcm.X12.Tests.Validation;
using Rcm.X12.Validation;
using Rcm.X12.Writing;

namespace Rcm.X12.Tests.Acknowledgments;

/// <summary>
/// The 999 for accepted, accepted-with-errors and rejected inbound files: its AK2/IK3/IK4/IK5/AK9 content, that it
/// passes our own 999 guide (005010X231A1), and that it reads back into the same verdicts.
/// </summary>
public class ImplementationAcknowledgmentTests
{
    private static readonly AcknowledgmentOptions Fixed = new()
    {
        TimeProvider = new FixedTime(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero)),
        ControlNumbers = new SequentialControlNumberSource(7),
        LineBreak = "",
    };

    [Fact]
    public void A_valid_file_is_accepted()
    {
        var (text, ack) = Acknowledge(Tr3Samples.Claim837P());

        Assert.Contains("AK1*HC*1*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~", text, StringComparison.Ordinal);
        var group = Assert.Single(ack.Groups);
        Assert.Equal(AcknowledgmentStatus.Accepted, group.Status);
        Assert.Equal(AcknowledgmentStatus.Accepted, Assert.Single(group.Transactions).Status);
    }

    [Fact]
    public void A_variant_addendum_is_accepted_with_errors_noted()
    {
        var (text, ack) = Acknowledge(Tr3Samples.Claim837P("005010X222A2"));

        Assert.Contains("IK5*E*I6~AK9*E*1*1*1~", text, StringComparison.Ordinal);
        Assert.Equal(AcknowledgmentStatus.AcceptedWithErrors, ack.Groups[0].Status);
    }

    [Fact]
    public void A_file_with_element_errors_is_rejected_with_ik3_and_ik4()
    {
        var segments = Tr3Samples.Claim837P().Replace("NM1*85", "NM1*86*2*CLINIC NAME*****XX*1234567893")
            .Replace("SV1*HC:99213", "SV1*HC*60*UN*1***1");

        var (text, ack) = Acknowledge(segments);

        // NM1 is the 7th segment of the transaction (ST = 1), SV1 the 21st. IK303 (AN 1-4) cannot hold 2010AA.
        Assert.Contains("IK3*NM1*7**8~IK4*1**7*86~", text, StringComparison.Ordinal);
        Assert.Contains("IK3*SV1*21*2400*8~IK4*1:2**1~", text, StringComparison.Ordinal);
        Assert.Contains("IK5*R*5~AK9*R*1*1*0~", text, StringComparison.Ordinal);
        var transaction = ack.Groups[0].Transactions[0];
        Assert.Equal(AcknowledgmentStatus.Rejected, transaction.Status);
        Assert.Equal(["5"], transaction.ErrorCodes);
        Assert.Contains(transaction.Issues, i => i.Code == "ACK-IK4-7" && i.SegmentId == "NM1" && i.SegmentOrdinal == 7
            && i.ElementPosition == 1 && i.Value == "86" && i.LoopId == null && i.Severity == X12Severity.Error);
        Assert.Contains(transaction.Issues, i => i.Code == "ACK-IK4-1" && i.ElementPosition == 1 && i.ComponentPosition == 2);
    }

    [Fact]
    public void A_missing_segment_names_the_missing_segment_in_ik3()
    {
        var (text, _) = Acknowledge(Tr3Samples.Claim837P().Without("N4*CITY*PA*171111234"));

        Assert.Contains("IK3*N4*9**3~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Envelope_errors_become_ik502_codes()
    {
        var (text, _) = Acknowledge(Tr3Samples.Claim837P().Replace("SE*", "SE*99*0002"), fixCounts: false);

        Assert.Contains("IK5*R*4*3~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_good_and_one_bad_transaction_make_a_partial_acceptance()
    {
        var first = Tr3Samples.Claim837P();
        var body = first.Skip(1).Take(first.Count - 3).ToList();
        var second = body.Select(s => s.Replace("0001", "0002", StringComparison.Ordinal)).ToList()
            .Replace("DTP*472", "DTP*472*D8*20240230");
        var segments = new List<string> { first[0] };
        segments.AddRange(body);
        segments.AddRange(second);
        segments.AddRange(["GE*2*1", "IEA*1*000000001"]);

        var (text, ack) = Acknowledge(segments);

        Assert.Contains("AK9*P*2*2*1~", text, StringComparison.Ordinal);
        Assert.Equal(AcknowledgmentStatus.PartiallyAccepted, ack.Groups[0].Status);
        Assert.Equal([AcknowledgmentStatus.Accepted, AcknowledgmentStatus.Rejected], ack.Groups[0].Transactions.Select(t => t.Status));
    }

    [Fact]
    public void A_transaction_set_without_a_guide_is_rejected_as_not_supported()
    {
        var (text, _) = Acknowledge(Tr3Samples.Claim837P("005010X224A2"));

        Assert.Contains("IK5*R*1~AK9*R*1*1*0~", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_999_passes_the_999_guide_and_swaps_sender_and_receiver(bool withErrors)
    {
        var segments = withErrors
            ? Tr3Samples.Claim837P().Replace("CLM*", "CLM*ACCT001*100*X**11:B:1:9*Y*A*Y*Y").Without("N4*CITY*PA*171111234")
                .Replace("NM1*85", "NM1*86*2*CLINIC NAME*****XX*1234567893")
            : Tr3Samples.Claim837P();
        var (text, _) = Acknowledge(segments);

        var report = X12Validator.Validate(Encoding.ASCII.GetBytes(text));

        Assert.True(report.IsValid, GuideRuleTests.Describe(report));
        Assert.Equal("005010X231A1", Assert.Single(report.Transactions).Guide!.Version);
        Assert.StartsWith("ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SENDER         *240301*0930*^*00501*000000007*0*T*:~GS*FA*RECEIVER*SENDER*20240301*0930*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_999_is_the_same_bytes_for_the_same_input_clock_and_control_numbers()
    {
        var data = Tr3Samples.Interchange(Tr3Samples.Claim837P().Replace("DTP*472", "DTP*472*D8*20240230"));
        var report = X12Validator.Validate(data);

        var a = ImplementationAcknowledgmentWriter.Create(report, Fixed with { ControlNumbers = new SequentialControlNumberSource(7) });
        var b = ImplementationAcknowledgmentWriter.Create(report, Fixed with { ControlNumbers = new SequentialControlNumberSource(7) });

        Assert.Equal(a, b);
    }

    [Fact]
    public void A_published_999_reads_back_into_verdicts_and_issues()
    {
        const string published = "ISA*00*          *00*          *ZZ*123456789012345*ZZ*123456789012346*080503*1705*>*00501*000010216*0*T*:~"
            + "GS*FA*1234567890*2345678901*20080503*1705*20213*X*005010X231A1~ST*999*2870001*005010X231A1~"
            + "AK1*HC*17456*005010X222A2~AK2*837*0001~IK5*A~AK2*837*0002~IK3*CLM*22**8~CTX*CLM01:123456789~"
            + "IK4*2*782*1~IK5*R*5~AK2*837*0003~IK3*REF*57**3~IK5*R*5~AK9*P*3*3*1~SE*14*2870001~GE*1*20213~IEA*1*000010216~";

        var ack = ImplementationAcknowledgmentReader.Read(Encoding.ASCII.GetBytes(published));

        var group = Assert.Single(ack.Groups);
        Assert.Equal(("HC", "17456", "005010X222A2"), (group.FunctionalId, group.ControlNumber, group.Version));
        Assert.Equal(AcknowledgmentStatus.PartiallyAccepted, group.Status);
        Assert.Equal((3, 3, 1), (group.Included, group.Received, group.Accepted));
        Assert.Equal([AcknowledgmentStatus.Accepted, AcknowledgmentStatus.Rejected, AcknowledgmentStatus.Rejected],
            group.Transactions.Select(t => t.Status));
        var claim = Assert.Single(group.Transactions[1].Issues);
        Assert.Equal(("ACK-IK4-1", "CLM", 22L, 2), (claim.Code, claim.SegmentId, claim.SegmentOrdinal, claim.ElementPosition!.Value));
        var missing = Assert.Single(group.Transactions[2].Issues);
        Assert.Equal(("ACK-IK3-3", "REF", 57L), (missing.Code, missing.SegmentId, missing.SegmentOrdinal));
        Assert.Contains("Required segment missing", missing.Message, StringComparison.Ordinal);
    }

    private static (string Text, ImplementationAcknowledgment Ack) Acknowledge(List<string> segments, bool fixCounts = true)
    {
        var report = X12Validator.Validate(Tr3Samples.Interchange(segments, fixCounts));
        var bytes = ImplementationAcknowledgmentWriter.Create(report, Fixed with { ControlNumbers = new SequentialControlNumberSource(7) });
        return (Encoding.ASCII.GetString(bytes), ImplementationAcknowledgmentReader.Read(bytes));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
