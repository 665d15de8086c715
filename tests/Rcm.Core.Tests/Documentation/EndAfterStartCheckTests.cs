namespace Rcm.Core.Tests.Documentation;

public sealed class EndAfterStartCheckTests
{
    [Theory]
    [InlineData("bh-psychotherapy", "10:00", "09:10")]
    [InlineData("aba-therapy", "09:00", "08:00")]
    [InlineData("pt-treatment", "14:00", "14:00")]
    [InlineData("telehealth-visit", "15:00", "14:59")]
    public void Fires_when_end_is_not_after_start(string templateId, string start, string end)
    {
        var report = NoteBuilder.Complete(templateId).With("session_start", start).With("session_end", end).CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC010", "session_end");
        Assert.Contains($"({end}) is not after", finding.Message, StringComparison.Ordinal);
        Assert.False(report.IsComplete);
    }

    [Theory]
    [InlineData("bh-psychotherapy", "10:00", "10:50")]
    [InlineData("pt-treatment", "14:00", "14:45")]
    public void Passes_when_end_is_after_start(string templateId, string start, string end)
    {
        var report = NoteBuilder.Complete(templateId).With("session_start", start).With("session_end", end).CheckForSigning();

        FindingAssert.None(report, "DOC010");
    }

    [Fact]
    public void Stays_silent_when_a_time_is_unreadable_since_the_field_rule_reports_it()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("session_end", "ten past nine").CheckForSigning();

        FindingAssert.None(report, "DOC010");
        FindingAssert.Single(report, "DOC003", "session_end");
    }
}
