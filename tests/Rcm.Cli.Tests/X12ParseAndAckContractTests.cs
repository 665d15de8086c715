using System.Text.Json;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// DESIGN.md §3: `rcm x12 parse FILE [--json]` prints the typed content; `rcm x12 ack FILE` prints the 999 for an
/// inbound file, and that 999 is itself valid X12 (checked with `rcm x12 validate`).
/// </summary>
public sealed class X12ParseAndAckContractTests
{
    [Fact]
    public void Parse_json_gives_the_typed_claim_and_text_describes_it()
    {
        using var temp = new TempFolder();
        string file = temp.Write("one.837", Crafted837.Build(true, false));

        RcmRun json = RcmProcess.Run("x12", "parse", file, "--json");
        RcmRun text = RcmProcess.Run("x12", "parse", file);

        Assert.True(json.ExitCode == 0, json.ToString());
        using JsonDocument doc = JsonDocument.Parse(json.Stdout);
        string all = doc.RootElement.GetRawText();
        Assert.Contains("\"CLAIM1\"", all, StringComparison.Ordinal);
        Assert.Contains("\"CLAIM2\"", all, StringComparison.Ordinal);
        Assert.Contains("J069", all, StringComparison.Ordinal);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("CLAIM1", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("85025", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reads_a_corpus_835()
    {
        if (SharedCorpus.Fixture("X221A1 HP835 Health Care Claim Payment Advice", "era-sample.edi") is not { } file)
        {
            return;
        }

        RcmRun run = RcmProcess.Run("x12", "parse", file, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument doc = JsonDocument.Parse(run.Stdout);
        Assert.Contains("835", doc.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_and_ack_exit_2_on_a_missing_file_and_on_junk_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        string junk = temp.Write("junk.bin", [0x00, 0x01, 0xFE, 0xFF, .. new byte[64]]);

        RcmRun[] runs =
        [
            RcmProcess.Run("x12", "parse", temp.File("absent.837")),
            RcmProcess.Run("x12", "parse", junk),
            RcmProcess.Run("x12", "ack", junk),
        ];

        Assert.All(runs, run =>
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Ack_of_a_valid_file_accepts_it_and_the_999_passes_validation()
    {
        using var temp = new TempFolder();
        string file = temp.Write("in.837", Crafted837.Build(true));

        RcmRun ack = RcmProcess.Run("x12", "ack", file);

        Assert.True(ack.ExitCode == 0, ack.ToString());
        Assert.Contains("ST*999*", ack.Stdout, StringComparison.Ordinal);
        Assert.Contains("AK2*837*0001*005010X222A1", ack.Stdout, StringComparison.Ordinal);
        Assert.Contains("IK5*A", ack.Stdout, StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1", ack.Stdout, StringComparison.Ordinal);
        AssertValid(temp.Write("ack.999", ack.Stdout));
    }

    [Fact]
    public void Ack_of_an_invalid_file_rejects_the_set_names_the_segment_and_passes_validation()
    {
        using var temp = new TempFolder();
        string text = X12ValidateContractTests.RemoveSegment(Crafted837.Build(true), "NM1*IL*");
        string file = temp.Write("in.837", text);

        RcmRun ack = RcmProcess.Run("x12", "ack", file);

        Assert.True(ack.ExitCode == 0, ack.ToString());
        Assert.Contains("IK3*", ack.Stdout, StringComparison.Ordinal);
        Assert.Contains("IK5*R", ack.Stdout, StringComparison.Ordinal);
        Assert.Contains("AK9*R", ack.Stdout, StringComparison.Ordinal);
        AssertValid(temp.Write("ack.999", ack.Stdout));
    }

    private static void AssertValid(string file)
    {
        RcmRun check = RcmProcess.Run("x12", "validate", file);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("999", check.Stdout, StringComparison.Ordinal);
    }
}
