using System.Globalization;
using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Tests.Documentation;

public sealed class UnitsMatchMinutesCheckTests
{
    private static NoteBuilder AbaSession(int minutes, string units, string? payer = null)
    {
        var end = new TimeOnly(9, 0).AddMinutes(minutes);
        return NoteBuilder.Complete("aba-therapy", payer)
            .With("session_start", "09:00").With("session_end", end.ToString("HH:mm", CultureInfo.InvariantCulture))
            .With("session_minutes", minutes.ToString(CultureInfo.InvariantCulture)).With("units", units);
    }

    // CPT time rule: a 15-minute unit is attained once its midpoint is passed (8 minutes).
    [Theory]
    [InlineData(120, "8", true)]
    [InlineData(120, "9", false)]
    [InlineData(37, "2", true)]
    [InlineData(37, "3", false)]
    [InlineData(38, "3", true)]
    [InlineData(38, "2", false)]
    [InlineData(22, "1", true)]
    [InlineData(23, "2", true)]
    [InlineData(8, "1", true)]
    [InlineData(7, "1", false)]
    public void Aba_units_must_match_the_minutes(int minutes, string units, bool passes)
    {
        var report = AbaSession(minutes, units).CheckForSigning();

        if (passes)
        {
            FindingAssert.None(report, "DOC014");
        }
        else
        {
            var finding = FindingAssert.Single(report, "DOC014", "units");
            Assert.Contains($"for {minutes} minutes", finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(38, "3", false)]
    [InlineData(38, "2", true)]
    [InlineData(29, "1", true)]
    public void Payer_requiring_whole_units_replaces_the_midpoint_rule(int minutes, string units, bool passes)
    {
        var report = AbaSession(minutes, units, "demo-medicaid").CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC014"));
    }

    [Theory]
    [InlineData(UnitRounding.Midpoint, 0, 0)]
    [InlineData(UnitRounding.Midpoint, 7, 0)]
    [InlineData(UnitRounding.Midpoint, 8, 1)]
    [InlineData(UnitRounding.Midpoint, 53, 4)]
    [InlineData(UnitRounding.Whole, 14, 0)]
    [InlineData(UnitRounding.Whole, 59, 3)]
    public void Counts_units_from_minutes(UnitRounding rounding, int minutes, int units)
    {
        var check = new UnitsMatchMinutesCheck("m", "u") { Rounding = rounding, UnitMinutes = 15 };

        Assert.Equal(units, check.UnitsFor(minutes));
    }
}
