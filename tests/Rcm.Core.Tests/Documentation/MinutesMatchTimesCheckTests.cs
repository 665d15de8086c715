namespace Rcm.Core.Tests.Documentation;

public sealed class MinutesMatchTimesCheckTests
{
    [Theory]
    [InlineData("100")]
    [InlineData("125")]
    public void Fires_when_aba_session_length_differs_from_its_times(string minutes)
    {
        // 09:00–11:00 is 120 minutes; ABA units are billed from the whole session, so the two must agree.
        var report = NoteBuilder.Complete("aba-therapy").With("session_minutes", minutes).CheckForSigning();

        FindingAssert.Single(report, "DOC011", "session_minutes");
    }

    [Fact]
    public void Passes_when_aba_session_length_equals_its_times()
    {
        FindingAssert.None(NoteBuilder.Complete("aba-therapy").CheckForSigning(), "DOC011");
    }

    [Fact]
    public void Fires_when_psychotherapy_minutes_exceed_the_session()
    {
        // 10:00–10:50 is 50 minutes.
        var report = NoteBuilder.Complete("bh-psychotherapy").With("psychotherapy_minutes", "55").With("service_code", "90837").CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC011", "psychotherapy_minutes");
        Assert.Contains("more than the 50 minutes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_when_psychotherapy_minutes_are_part_of_a_longer_session()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("psychotherapy_minutes", "40").CheckForSigning();

        FindingAssert.None(report, "DOC011");
    }
}
