using Rcm.Core.Documentation;

namespace Rcm.Core.Tests.Documentation;

internal static class FindingAssert
{
    /// <summary>Exactly one finding with the code, on the field; returns it.</summary>
    public static DocumentationFinding Single(CompletenessReport report, string code, string? fieldId)
    {
        var matches = report.Findings.Where(f => f.Code == code && f.FieldId == fieldId).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code} on {fieldId ?? "(note)"}; findings: {Describe(report)}");
        return matches[0];
    }

    /// <summary>No finding of the code at all.</summary>
    public static void None(CompletenessReport report, string code) =>
        Assert.True(report.Findings.All(f => f.Code != code), $"Expected no {code}; findings: {Describe(report)}");

    /// <summary>No finding at all.</summary>
    public static void Clean(CompletenessReport report) =>
        Assert.True(report.Findings.Count == 0, $"Expected no findings; findings: {Describe(report)}");

    public static string Describe(CompletenessReport report) =>
        report.Findings.Count == 0 ? "(none)" : string.Join(" | ", report.Findings);
}
