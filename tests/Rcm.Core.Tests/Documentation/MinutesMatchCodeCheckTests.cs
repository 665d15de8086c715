namespace Rcm.Core.Tests.Documentation;

public sealed class MinutesMatchCodeCheckTests
{
    // Psychotherapy time ranges (CPT time rule, CMS MLN): 90832 16–37, 90834 38–52, 90837 ≥ 53; family 90846/90847 ≥ 26.
    [Theory]
    [InlineData("90832", 15, false)]
    [InlineData("90832", 16, true)]
    [InlineData("90832", 37, true)]
    [InlineData("90832", 38, false)]
    [InlineData("90834", 37, false)]
    [InlineData("90834", 38, true)]
    [InlineData("90834", 52, true)]
    [InlineData("90834", 53, false)]
    [InlineData("90837", 52, false)]
    [InlineData("90837", 53, true)]
    [InlineData("90837", 90, true)]
    [InlineData("90846", 25, false)]
    [InlineData("90846", 26, true)]
    [InlineData("90791", 10, true)]
    public void Psychotherapy_minutes_must_fit_the_code(string code, int minutes, bool passes)
    {
        // A two-hour session window so only the code range decides.
        var report = NoteBuilder.Complete("bh-psychotherapy")
            .With("service_code", code).With("session_start", "09:00").With("session_end", "11:00")
            .With("psychotherapy_minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .CheckForSigning();

        if (passes)
        {
            FindingAssert.None(report, "DOC012");
        }
        else
        {
            var finding = FindingAssert.Single(report, "DOC012", "psychotherapy_minutes");
            Assert.StartsWith($"Code {code} needs", finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("99214", "29", false)]
    [InlineData("99214", "30", true)]
    [InlineData("99205", "59", false)]
    [InlineData("99212", "10", true)]
    public void Office_visit_leveled_by_time_needs_the_code_threshold(string code, string minutes, bool passes)
    {
        var report = NoteBuilder.Complete("pc-office-visit")
            .With("em_code", code).With("level_basis", "time").With("total_minutes", minutes).Without("mdm_level")
            .CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC012"));
        Assert.Equal(passes, report.IsComplete);
    }

    [Fact]
    public void Does_not_apply_time_thresholds_to_a_visit_leveled_by_decision_making()
    {
        var report = NoteBuilder.Complete("pc-office-visit").With("em_code", "99214").With("mdm_level", "moderate").With("total_minutes", "5").CheckForSigning();

        FindingAssert.None(report, "DOC012");
    }
}
