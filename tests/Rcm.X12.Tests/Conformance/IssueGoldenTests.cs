using System.Text;
using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Conformance;

/// <summary>
/// The full issue lists of a few corpus files, compared with reviewed golden files in Conformance/Golden.
/// Regenerate on purpose with UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class IssueGoldenTests
{
    public static TheoryData<string> Files =>
    [
        "imsweb__x12-parser/src/test/resources/837_5010/x12_bad_valid_code.txt",
        "imsweb__x12-parser/src/test/resources/837_5010/x12_segments_out_of_order.txt",
        "imsweb__x12-parser/src/test/resources/837_5010/x12_missing_required_loops_mult_repeats.txt",
        "imsweb__x12-parser/src/test/resources/837_5010/x223-test.txt",
        "LinuxForHealth__x12/src/tests/resources/835_005010X221A1/tertiary-payment.835",
        "CHS-CDS-AIML__edi-835-parser/tests/test_edi_835_files/test.835",
        "kputnam__stupidedi/spec/fixtures/005010/X224A2 HC837 Health Care Claim Dental/pass/sales-tax.edi",
        "kputnam__stupidedi/spec/fixtures/005010/X221A1 HP835 Health Care Claim Payment Advice/pass/multiple-claims-single-check.edi",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Issue_list_matches_its_golden_file(string relative)
    {
        var corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return;
        }

        var report = X12Validator.Validate(File.ReadAllBytes(Path.Combine(corpus, relative)));
        var actual = Render(report);
        var golden = Path.Combine(RepoPaths.RepoRoot, "tests", "Rcm.X12.Tests", "Conformance", "Golden",
            relative.Replace('/', '_').Replace(' ', '_') + ".issues.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"golden file missing: {golden} (run with UPDATE_GOLDEN=1 to create it)");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string Render(X12ValidationReport report)
    {
        var text = new StringBuilder();
        text.Append(report.IsValid ? "VALID" : "INVALID").Append('\n');
        foreach (var t in report.Transactions)
        {
            text.Append($"transaction {t.Envelope.SetId} {t.Envelope.ControlNumber} {t.Version} guide={t.Guide?.Version ?? "-"} match={t.Match} valid={t.IsValid}\n");
        }

        foreach (var i in report.Issues)
        {
            text.Append($"{i.Code} {i.Severity} segment={i.SegmentOrdinal} id={i.SegmentId} loop={i.LoopId ?? "-"} element={i.ElementPosition?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} component={i.ComponentPosition?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} value={i.Value ?? "-"} | {i.Message}\n");
        }

        return text.ToString();
    }
}
