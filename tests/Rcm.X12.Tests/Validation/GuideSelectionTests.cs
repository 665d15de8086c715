using Rcm.X12.Envelopes;
using Rcm.X12.Guides;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Validation;

/// <summary>Which guide checks a transaction, and what happens when none does: plain words, never a crash.</summary>
public class GuideSelectionTests
{
    [Theory]
    [InlineData("005010X224A2", "837 Dental")]
    [InlineData("004010X098A1", "4010")]
    [InlineData("005010X999", "no guide here")]
    public void Transactions_without_a_guide_are_reported_in_plain_words_and_stay_valid(string version, string words)
    {
        var segments = Tr3Samples.Claim837P(version);
        var report = X12Validator.Validate(Tr3Samples.Interchange(segments));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(GuideIssueCodes.NoGuide, issue.Code);
        Assert.Equal(X12Severity.Warning, issue.Severity);
        Assert.Equal(3, issue.SegmentOrdinal);
        Assert.Contains(words, issue.Message, StringComparison.Ordinal);
        Assert.True(report.IsValid);
        Assert.Equal(GuideMatchKind.None, Assert.Single(report.Transactions).Match);
    }

    [Fact]
    public void Another_addendum_of_a_held_guide_is_checked_against_ours_with_a_warning()
    {
        var report = X12Validator.Validate(Tr3Samples.Interchange(Tr3Samples.Claim837P("005010X222A2")));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(GuideIssueCodes.VersionVariant, issue.Code);
        Assert.Equal(X12Severity.Warning, issue.Severity);
        var transaction = Assert.Single(report.Transactions);
        Assert.Equal(GuideMatchKind.Variant, transaction.Match);
        Assert.Equal("005010X222A1", transaction.Guide!.Version);
    }

    [Fact]
    public void St03_that_disagrees_with_gs08_is_checked_as_st03_says_with_the_envelope_warning()
    {
        var segments = Tr3Samples.Claim837P().Replace("GS*", "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X223A2");

        var report = X12Validator.Validate(Tr3Samples.Interchange(segments));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(X12EnvelopeCodes.ImplementationReferenceMismatch, issue.Code);
        Assert.Equal(X12Severity.Warning, issue.Severity);
        Assert.Equal("005010X222A1", report.Transactions[0].Guide!.Version);
    }

    [Fact]
    public void Envelope_findings_come_from_the_envelope_checks_in_the_same_pass()
    {
        var broken = Tr3Samples.Claim837P().Replace("SE*", "SE*99*0001");

        var report = X12Validator.Validate(Tr3Samples.Interchange(broken, fixCounts: false));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(X12EnvelopeCodes.SegmentCountMismatch, issue.Code);
        Assert.Equal(28, issue.SegmentOrdinal);
    }

    [Fact]
    public void Each_transaction_gets_its_own_verdict_and_findings()
    {
        var first = Tr3Samples.Claim837P();
        var body = first.Skip(1).Take(first.Count - 3).ToList(); // ST … SE
        var second = body.Select(s => s.Replace("0001", "0002", StringComparison.Ordinal)).ToList()
            .Replace("NM1*85", "NM1*86*2*CLINIC NAME*****XX*1234567893");
        var segments = new List<string> { first[0] };
        segments.AddRange(body);
        segments.AddRange(second);
        segments.Add("GE*2*1");
        segments.Add("IEA*1*000000001");

        var report = X12Validator.Validate(Tr3Samples.Interchange(segments));

        Assert.Equal(2, report.Transactions.Count);
        Assert.True(report.Transactions[0].IsValid);
        Assert.False(report.Transactions[1].IsValid);
        Assert.Equal(GuideIssueCodes.InvalidCode, Assert.Single(report.Transactions[1].Issues).Code);
    }

    [Fact]
    public void A_transaction_set_outside_any_group_does_not_shift_the_verdicts_of_the_others()
    {
        var claim = Tr3Samples.Claim837P();
        var stray = claim.Skip(1).Take(claim.Count - 3).Select(s => s.Replace("005010X222A1", "005010X224A2", StringComparison.Ordinal));
        var segments = stray.Concat(claim).ToList();

        var report = X12Validator.Validate(Tr3Samples.Interchange(segments));

        var transaction = Assert.Single(report.Transactions);
        Assert.Equal("005010X222A1", transaction.Guide!.Version);
        Assert.Contains(report.Issues, i => i.Code == X12EnvelopeCodes.TransactionOutsideGroup);
    }

    [Fact]
    public void Streaming_validation_gives_the_same_findings_as_in_memory()
    {
        var data = Tr3Samples.Interchange(Tr3Samples.Claim837P().Replace("DTP*472", "DTP*472*D8*20240230"));

        var inMemory = X12Validator.Validate(data);
        var streamed = X12Validator.Validate(new MemoryStream(data));

        Assert.Equal(inMemory.Issues, streamed.Issues);
    }
}
