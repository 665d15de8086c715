using Rcm.X12.Tests.Support;
using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Conformance;

/// <summary>
/// Every file of ../shared/corpus/x12 gets its expected verdict (stupidedi-style pass/fail, one test over the
/// folder). A file is expected to be valid unless the table below names it: the source's intentionally broken
/// fixtures (imsweb x12_bad_*, x12_loop_errors*, …), input that is not X12, and published "valid" examples that
/// break the standard, each with the exact set of error codes we expect and the defect in plain words. Transactions
/// without a guide here (837D X224A2, 837 X291/X292/X298) are valid with a TR3001 warning.
/// </summary>
public class CorpusConformanceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public enum Verdict
    {
        Valid,
        Invalid,
        Unreadable,
    }

    private static readonly Dictionary<string, Expected> NotValid = new(StringComparer.Ordinal)
    {
        ["CHS-CDS-AIML__edi-835-parser/tests/test_edi_835_files/test.835"] = new(Verdict.Invalid, "BAL001 TR3102 TR3104 TR3204 X12121", "claims without the 2000 LX loop, no payer address or PER, BPR10/11 too short, BPR02 unbalanced, SE01 wrong"),
        ["LinuxForHealth__x12/demo-file/demo.835"] = new(Verdict.Invalid, "TR3104 TR3213", "X221A1 1000A PER (payer technical contact) is required; TS309/TS311 are Not Used in 5010"),
        ["LinuxForHealth__x12/demo-file/demo.837i"] = new(Verdict.Invalid, "TR3207 TR3213 TR3214", "billing provider ZIP must have 9 digits (X223A2 2010AA N403); CLM06 Not Used in 837I; statement dates DTP*434 must be RD8"),
        ["LinuxForHealth__x12/src/tests/resources/271_005010X279A1/subscriber-health-benefit-check-error.271"] = new(Verdict.Invalid, "X12122", "SE02 4323 does not match ST02 4321"),
        ["LinuxForHealth__x12/src/tests/resources/277_005010X212/provider-level-status.277"] = new(Verdict.Invalid, "TR3207", "2200C STC01-3 entity 85 where the X212 map allows only 1P (per the pyx12 X212 map)"),
        ["LinuxForHealth__x12/src/tests/resources/835_005010X221A1/cob-contractural-adjustment.835"] = new(Verdict.Invalid, "TR3104 TR3201 TR3205 TR3215", "payer PER missing; the BPR16 date sits in BPR15; SVC01 uses '>' although ISA16 declares ':'"),
        ["LinuxForHealth__x12/src/tests/resources/835_005010X221A1/managed-care.835"] = new(Verdict.Invalid, "TR3104 TR3208", "payer PER missing; BPR16 20002316 is not a date"),
        ["LinuxForHealth__x12/src/tests/resources/835_005010X221A1/secondary-payment.835"] = new(Verdict.Invalid, "TR3104 TR3201 TR3205 TR3215", "payer PER missing; the BPR16 date sits in BPR15; SVC01 uses '>' although ISA16 declares ':'"),
        ["LinuxForHealth__x12/src/tests/resources/835_005010X221A1/tertiary-payment.835"] = new(Verdict.Invalid, "BAL003 TR3104 TR3201 TR3204 TR3215", "payer PER missing; BPR16 misplaced; SVC01/SVC06 use '>' although ISA16 declares ':' so the line does not balance"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.ambulance.example5.837"] = new(Verdict.Invalid, "TR3215", "CLM05 41::1 leaves the facility code qualifier CLM05-2 empty"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.cob.2ndary.example4.837"] = new(Verdict.Invalid, "TR3205 TR3215", "composites use '>' although ISA16 declares ':'"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.cob.example3.A.837"] = new(Verdict.Invalid, "TR3107", "2320 without the required 2330B other payer name loop"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.cob.example4.837"] = new(Verdict.Invalid, "TR3207", "2320 AMT*F2 where X222A1 allows A8 (COB total non-covered amount)"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.example11.837"] = new(Verdict.Invalid, "TR3205 TR3206 TR3215", "composites use '>' although ISA16 declares ':'"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.example12.837"] = new(Verdict.Invalid, "TR3205 TR3215", "composites use '>' although ISA16 declares ':'"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X222A2/demo.example9.837"] = new(Verdict.Invalid, "TR3205 TR3206 TR3215", "composites use '>' although ISA16 declares ':'; SV107 1.00 is not a pointer"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X223A3/out-of-network-repriced-claim.837i"] = new(Verdict.Invalid, "TR3205 TR3213 TR3215", "composites use '>' although ISA16 declares ':'; CLM06 Not Used in 837I"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X223A3/ppo-repriced-claim.837i"] = new(Verdict.Invalid, "TR3205 TR3213 TR3215", "composites use '>' although ISA16 declares ':'; CLM06 Not Used in 837I"),
        ["LinuxForHealth__x12/src/tests/resources/837_005010X223A3/two-claims-single-provider.837i"] = new(Verdict.Invalid, "TR3213 TR3214", "billing provider ZIP must have 9 digits; CLM06 Not Used in 837I"),
        ["aaronhuggins__node-x12/test/test-data/271.edi"] = new(Verdict.Invalid, "X12103 X12113", "the file ends without GE and IEA"),
        ["imsweb__x12-parser/src/test/resources/277_5010/x12_277_x212.txt"] = new(Verdict.Invalid, "TR3213 X12102", "STC03/STC12 are Not Used in X212 2200D (they belong to 277CA); IEA02 does not match ISA13"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_999_accepted.txt"] = new(Verdict.Invalid, "X12102 X12118", "IEA02 does not match ISA13; GS04/GS05 are not a valid date and time"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_ambiguous_loop.txt"] = new(Verdict.Invalid, "BAL101 X12121", "intended: ambiguous loop (we see the base defects); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_bad_first_line.txt"] = new(Verdict.Unreadable, "X12002", "not X12: no ISA at the start, or a broken ISA"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_bad_segment_identifier.txt"] = new(Verdict.Invalid, "BAL101 TR3104 TR3107 TR3205 TR3215 TR3301 TR3302 X12121 X12141", "intended: bad segment ids (X12141); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_bad_valid_code.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3207 TR3215 TR3301 TR3302 X12121", "intended: NM101 117 (TR3207); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_complex.txt"] = new(Verdict.Invalid, "BAL101 TR3104 TR3202 TR3205 TR3207 TR3215 TR3301 TR3302 X12111 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_loop_errors1_exceeds_max_1_parent.txt"] = new(Verdict.Invalid, "BAL101 TR3106 TR3205 TR3215 X12121", "intended: 2010AA twice (TR3106); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt"] = new(Verdict.Invalid, "BAL101 TR3106 TR3205 TR3215 TR3301 X12121", "intended: loop over its repeat (TR3106); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_loop_errors3_missing_loops.txt"] = new(Verdict.Invalid, "BAL101 TR3107 TR3205 TR3215 X12121", "intended: required loop missing (TR3107); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_many_claims.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_missing_elements.txt"] = new(Verdict.Invalid, "BAL101 TR3201 TR3205 TR3215 TR3301 TR3302 X12121", "intended: NM102 missing (TR3201); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_missing_required_loop_in_one_repeat.txt"] = new(Verdict.Invalid, "BAL101 TR3107 TR3205 TR3215 TR3301 TR3302 X12121", "intended: required loop missing in one repeat (TR3107); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_missing_required_loops_mult_repeats.txt"] = new(Verdict.Invalid, "BAL101 TR3102 TR3103 TR3107 TR3205 TR3215 TR3301 TR3302 X12121", "intended: required loops missing (TR3107); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_multiple_gs.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12101 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_multiple_isa.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_multiple_st.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12111 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_multiple_transactions.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_no_errors.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 X12121", "source marks it broken; the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_no_isa_line.txt"] = new(Verdict.Unreadable, "X12001", "not X12: no ISA at the start, or a broken ISA"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_segment_errors.txt"] = new(Verdict.Invalid, "BAL101 TR3104 TR3105 X12121", "intended: segment errors (TR3104, TR3105); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_segments_out_of_order.txt"] = new(Verdict.Invalid, "BAL101 TR3103 TR3104 TR3205 TR3215 TR3301 TR3302 X12121", "intended: segments out of order (TR3103); the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_valid.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_valid_different_separators.txt"] = new(Verdict.Invalid, "BAL101 TR3205 TR3215 TR3301 TR3302 X12121", "the shared imsweb base claim writes HI composites as separate elements (HI*BK*8901), CLM02 500 against 12.25 of lines, HL ids repeat, SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x12_writer_test.txt"] = new(Verdict.Invalid, "BAL101 X12121", "CLM02 500 against one 12.25 line; SE01 wrong"),
        ["imsweb__x12-parser/src/test/resources/837_5010/x223-test.txt"] = new(Verdict.Invalid, "BAL101 TR3104 TR3105 TR3207 TR3213 TR3214 X12121", "ZIP without +4; CLM05-2 must be A in 837I; CLM06 Not Used; statement dates missing; two service dates on a line; SE01 wrong"),
        ["keironstoddart__edi-835-parser/tests/test_edi_835_files/blue_cross_nc_sample.txt"] = new(Verdict.Unreadable, "X12001", "not X12: no ISA at the start, or a broken ISA"),
        ["kputnam__stupidedi/spec/fixtures/005010/X212 HR277 Heatlh Care Information Status Notification/pass/1.era"] = new(Verdict.Invalid, "X12102", "IEA02 267365555 does not match ISA13 269895334"),
        ["kputnam__stupidedi/spec/fixtures/005010/X217 HI278 Health Care Services Review - Request for Review and Response/pass/admission-request-for-review.edi"] = new(Verdict.Invalid, "X12121", "SE01 says 19 but the set has 20 segments"),
        ["kputnam__stupidedi/spec/fixtures/005010/X217 HI278 Health Care Services Review - Request for Review and Response/pass/request-for-home-health-care.edi"] = new(Verdict.Invalid, "X12121", "SE01 says 25 but the set has 26 segments"),
        ["kputnam__stupidedi/spec/fixtures/005010/X217 HI278 Health Care Services Review - Request for Review and Response/pass/request-for-non-emergency-transportation.edi"] = new(Verdict.Invalid, "TR3303", "HL 6 and 7 name service-level HLs 5 and 6 (HL04=0) as parents; the response file names HL 4"),
        ["kputnam__stupidedi/spec/fixtures/005010/X222 HC837 Health Care Claim Professional/case/1.edi"] = new(Verdict.Unreadable, "X12001", "not X12: no ISA at the start, or a broken ISA"),
        ["kputnam__stupidedi/spec/fixtures/005010/X223A2 HC837 Health Care Claim Institutional/pass/837-institutional-claim.edi"] = new(Verdict.Invalid, "TR3208 TR3214", "billing provider ZIP without +4; DTP*434*RD8 holds one date, not a range"),
        ["kputnam__stupidedi/spec/fixtures/005010/X223A2 HC837 Health Care Claim Institutional/pass/automobile-accident.edi"] = new(Verdict.Invalid, "TR3214", "billing provider ZIP without +4 (X223A2 2010AA N403)"),
        ["kputnam__stupidedi/spec/fixtures/005010/X223A2 HC837 Health Care Claim Institutional/pass/two-claims-for-the-same-provider.edi"] = new(Verdict.Invalid, "TR3214", "billing provider ZIP without +4 (X223A2 2010AA N403)"),
    };

    [Fact]
    public void Every_corpus_file_gets_its_expected_verdict()
    {
        var corpus = RepoPaths.RequireX12Corpus();
        if (corpus is null)
        {
            return; // developer machine without ../shared; CI fails inside RequireX12Corpus
        }

        var files = CorpusFiles(corpus).ToList();
        Assert.True(files.Count > 150, $"only {files.Count} corpus files found under {corpus}");
        var mismatches = new List<string>();
        var summary = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (path, relative) in files)
        {
            var (verdict, codes) = Check(path);
            var folder = relative[..relative.IndexOf('/', StringComparison.Ordinal)];
            var counts = summary.TryGetValue(folder, out var c) ? c : summary[folder] = new int[3];
            counts[(int)verdict]++;
            var expected = NotValid.TryGetValue(relative, out var e) ? e : new Expected(Verdict.Valid, "", "");
            if (verdict != expected.Verdict || codes != expected.Codes)
            {
                mismatches.Add($"{relative}: expected {expected.Verdict} [{expected.Codes}], got {verdict} [{codes}]");
            }
        }

        foreach (var (folder, counts) in summary)
        {
            output.WriteLine($"{folder}: {counts[0]} valid, {counts[1]} invalid, {counts[2]} unreadable");
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        var missing = NotValid.Keys.Except(files.Select(f => f.Relative)).ToList();
        Assert.True(missing.Count == 0, "table names files not in the corpus: " + string.Join(", ", missing));
    }

    /// <summary>The corpus's X12 files: everything except the licence copies, provenance notes and CSV oracles.</summary>
    internal static IEnumerable<(string Path, string Relative)> CorpusFiles(string corpus) =>
        Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".csv", StringComparison.Ordinal) && !p.EndsWith(".md", StringComparison.Ordinal)
                && !Path.GetFileName(p).StartsWith("LICENSE", StringComparison.Ordinal))
            .Select(p => (p, Path.GetRelativePath(corpus, p).Replace('\\', '/')))
            .OrderBy(p => p.Item2, StringComparer.Ordinal);

    private static (Verdict, string) Check(string path)
    {
        try
        {
            var report = X12Validator.Validate(File.ReadAllBytes(path));
            var codes = string.Join(' ', report.Issues.Where(i => i.Severity == X12Severity.Error).Select(i => i.Code)
                .Distinct().Order(StringComparer.Ordinal));
            return (report.IsValid ? Verdict.Valid : Verdict.Invalid, codes);
        }
        catch (X12FormatException e)
        {
            return (Verdict.Unreadable, e.Code);
        }
    }

    /// <param name="Verdict">What the file must get.</param>
    /// <param name="Codes">The distinct error codes, sorted, space-separated.</param>
    /// <param name="Defect">What is wrong with it, in plain words.</param>
    public sealed record Expected(Verdict Verdict, string Codes, string Defect);
}
