using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Tests.Documentation;

public sealed class EightMinuteRuleCheckTests
{
    // CMS Medicare Claims Processing Manual, Chapter 5, §20.2 table.
    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    [InlineData(52, 3)]
    [InlineData(53, 4)]
    [InlineData(67, 4)]
    [InlineData(68, 5)]
    public void Allows_units_by_the_cms_table(int minutes, int units)
    {
        Assert.Equal(units, EightMinuteRuleCheck.UnitsFor(minutes));
    }

    [Fact]
    public void Blocks_more_timed_units_than_the_minutes_allow()
    {
        var report = NoteBuilder.Complete("pt-treatment").With("timed_minutes", "38").With("timed_units", "4").CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC015", "timed_units");
        Assert.Contains("allow 3", finding.Message, StringComparison.Ordinal);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Warns_but_does_not_block_fewer_units_than_allowed()
    {
        var report = NoteBuilder.Complete("pt-treatment").With("timed_minutes", "38").With("timed_units", "2").CheckForSigning();

        FindingAssert.Single(report, "DOC016", "timed_units");
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Passes_when_units_match_the_minutes()
    {
        var report = NoteBuilder.Complete("pt-treatment").With("timed_minutes", "23").With("timed_units", "2").CheckForSigning();

        FindingAssert.Clean(report);
    }

    [Fact]
    public void Blocks_timed_minutes_beyond_the_total_treatment_time()
    {
        var report = NoteBuilder.Complete("pt-treatment").With("timed_minutes", "50").With("timed_units", "3").CheckForSigning();

        FindingAssert.Single(report, "DOC017", "timed_minutes");
    }
}
