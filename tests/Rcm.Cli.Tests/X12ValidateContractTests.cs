using System.Text.Json;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// DESIGN.md §3, from outside: `rcm x12 validate FILE... [--json]` exits 0 when every file is valid, 1 when any is
/// invalid, 2 when any input is unreadable (missing, not X12); each finding carries a stable code, a severity, the
/// segment's ordinal in the file, the segment id, loop id, element position and a plain message.
/// </summary>
public sealed class X12ValidateContractTests
{
    private const string Professional = "X222A1 HC837 Health Care Claim Professional";
    private const string Remittance = "X221A1 HP835 Health Care Claim Payment Advice";

    [Fact]
    public void Valid_corpus_files_exit_0_with_text_and_json()
    {
        if (CorpusFiles() is not { } files)
        {
            return;
        }

        RcmRun text = RcmProcess.Run(["x12", "validate", .. files]);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Equal(files.Length, text.Stdout.Split('\n').Count(l => l.Contains(": VALID", StringComparison.Ordinal)));

        RcmRun json = RcmProcess.Run(["x12", "validate", .. files, "--json"]);
        Assert.True(json.ExitCode == 0, json.ToString());
        using JsonDocument doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(files.Length, doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), f =>
        {
            Assert.True(f.GetProperty("readable").GetBoolean());
            Assert.True(f.GetProperty("valid").GetBoolean());
            Assert.Empty(f.GetProperty("issues").EnumerateArray());
        });
    }

    [Fact]
    public void Invalid_837_exits_1_and_every_finding_has_code_severity_ordinal_segment_loop_element_and_message()
    {
        using var temp = new TempFolder();
        // Segments (1-based in the file): ISA 1, GS 2, ST 3 ... a wrong SE01 count is reported on SE with element 1.
        string text = Crafted837.Build(true);
        string wrongCount = text.Replace("SE*26*0001~", "SE*27*0001~", StringComparison.Ordinal);
        Assert.NotEqual(text, wrongCount);
        string withoutSubscriberName = RemoveSegment(text, "NM1*IL*");
        string bad = temp.Write("bad.837", wrongCount);
        string missing = temp.Write("missing-name.837", withoutSubscriberName);

        RcmRun run = RcmProcess.Run("x12", "validate", bad, missing, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        JsonElement[] files = [.. doc.RootElement.EnumerateArray()];
        Assert.Equal(2, files.Length);
        JsonElement[] issues = [.. files.SelectMany(f => f.GetProperty("issues").EnumerateArray())];
        Assert.NotEmpty(issues);
        Assert.All(issues, i =>
        {
            Assert.Matches("^[A-Z0-9]{3,}$", i.GetProperty("code").GetString());
            Assert.Contains(i.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.True(i.GetProperty("segment").GetInt64() >= 1);
            Assert.Matches("^[A-Z][A-Z0-9]{1,2}$", i.GetProperty("segmentId").GetString());
            Assert.True(i.TryGetProperty("loop", out _));
            Assert.True(i.TryGetProperty("element", out _));
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("message").GetString()));
        });

        // The wrong count: the SE segment, its ordinal in the file, element 1.
        int seOrdinal = SegmentOrdinal(wrongCount, "SE*");
        JsonElement count = Assert.Single(files[0].GetProperty("issues").EnumerateArray());
        Assert.Equal(("error", seOrdinal, "SE", 1), (count.GetProperty("severity").GetString(), count.GetProperty("segment").GetInt32(),
            count.GetProperty("segmentId").GetString(), count.GetProperty("element").GetInt32()));

        // The missing subscriber name is placed in its loop (2000B).
        Assert.Contains(files[1].GetProperty("issues").EnumerateArray(), i => i.GetProperty("loop").GetString() == "2000B");
        Assert.False(files[0].GetProperty("valid").GetBoolean());
        Assert.False(files[1].GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Invalid_837_text_lists_each_finding_with_code_and_segment_ordinal()
    {
        using var temp = new TempFolder();
        string text = Crafted837.Build(true);
        string bad = temp.Write("bad.837", text.Replace("SE*26*0001~", "SE*27*0001~", StringComparison.Ordinal));

        RcmRun run = RcmProcess.Run("x12", "validate", bad);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("INVALID", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"segment {SegmentOrdinal(File.ReadAllText(bad), "SE*")} SE", run.Stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> UnreadableInputs => new()
    {
        { "binary junk", [0x00, 0xFF, 0x13, 0x37, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[200]] },
        { "empty file", [] },
        { "text that is not X12", "patient,claim,amount\nDOE,1,28.00\n"u8.ToArray() },
        { "cut inside the ISA", "ISA*00*          *00*    "u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(UnreadableInputs))]
    public void Input_that_is_not_x12_exits_2(string name, byte[] content)
    {
        using var temp = new TempFolder();
        string path = temp.Write("input.dat", content);

        RcmRun run = RcmProcess.Run("x12", "validate", path, "--json");

        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        Assert.False(doc.RootElement[0].GetProperty("readable").GetBoolean());
    }

    [Fact]
    public void A_missing_file_beside_a_valid_one_exits_2()
    {
        using var temp = new TempFolder();
        string valid = temp.Write("valid.837", Crafted837.Build(true));

        RcmRun run = RcmProcess.Run("x12", "validate", valid, temp.File("no-such-file.837"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-file.837", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_after_a_segment_is_invalid_and_one_cut_inside_a_segment_is_not_valid()
    {
        using var temp = new TempFolder();
        string text = Crafted837.Build(true);
        string cutAtSegment = temp.Write("cut-at-segment.837", text[..(text.IndexOf("~\nSE*", StringComparison.Ordinal) + 2)]);
        string cutInside = temp.Write("cut-inside.837", text[..(text.IndexOf("SV1*", StringComparison.Ordinal) + 6)]);

        RcmRun atSegment = RcmProcess.Run("x12", "validate", cutAtSegment);
        RcmRun inside = RcmProcess.Run("x12", "validate", cutInside);

        // Envelope trailers missing: X12 that is readable but wrong.
        Assert.True(atSegment.ExitCode == 1, atSegment.ToString());
        Assert.Contains("IEA", atSegment.Stdout, StringComparison.Ordinal);
        // The last segment has no terminator: the tool treats it as unreadable (2); never as valid.
        Assert.True(inside.ExitCode is 1 or 2, inside.ToString());
    }

    private static string[]? CorpusFiles()
    {
        string? claim = SharedCorpus.Fixture(Professional, "commercial-health-insurance.edi");
        string? remit = SharedCorpus.Fixture(Remittance, "era-sample.edi");
        return claim is null || remit is null ? null : [claim, remit];
    }

    internal static string RemoveSegment(string text, string prefix)
    {
        int start = text.IndexOf(prefix, StringComparison.Ordinal);
        int end = text.IndexOf('~', start) + 1;
        while (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        return text[..start] + text[end..];
    }

    internal static int SegmentOrdinal(string text, string prefix)
    {
        string[] segments = [.. text.Split('~').Select(s => s.Trim()).Where(s => s.Length > 0)];
        return Array.FindIndex(segments, s => s.StartsWith(prefix, StringComparison.Ordinal)) + 1;
    }
}
