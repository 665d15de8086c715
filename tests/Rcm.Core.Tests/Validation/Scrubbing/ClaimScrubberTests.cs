using System.Text;
using System.Text.Json;
using Rcm.Core.Claims.X12;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Tests.Claims.X12;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Scrubbing;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.Core.Tests.Validation.Scrubbing;

public sealed class ClaimScrubberTests
{
    private static ClaimScrubber Scrubber(PayerRuleBook? book = null) => new(RuleHarness.Validator(book));

    private static byte[] MixedFile() => Test837Files.Write(
        ClaimBuilder.Valid837P().Build(),
        ClaimBuilder.Valid837P().With(c => { c.ClaimId = "BAD-NPI"; c.BillingProvider.Npi = "1234567890"; }).Build(),
        ClaimBuilder.Valid837P().With(c => c.ClaimId = "WARN-ONLY").WithLine("97153").Build(),
        ClaimBuilder.Valid837P().With(c => c.ClaimId = "BAD-NCCI").WithLine("97530").Build());

    private static (ScrubResult Result, byte[] Clean) ScrubToFile(byte[] file, PayerRuleBook? book = null)
    {
        using var stream = new MemoryStream();
        var result = Scrubber(book).Scrub(file, "in.837", stream);
        return (result, stream.ToArray());
    }

    [Fact]
    public void Holds_claims_with_blocking_findings_and_passes_warnings()
    {
        var result = Scrubber().Scrub(MixedFile(), "mixed.837");
        Assert.Equal((4, 2, 2), (result.ClaimCount, result.Clean, result.Held));
        // The builder groups claims by billing provider, so BAD-NPI (another billing NPI) comes last in the file.
        Assert.Equal(["BAD-NCCI", "BAD-NPI"], result.Reported.Where(c => c.IsHeld).Select(c => c.ClaimId));
        Assert.Equal("LIN004", Assert.Single(result.Reported.Single(c => c.ClaimId == "WARN-ONLY").Findings).RuleId);
        Assert.Equal(3, result.Reported.Count);
        Assert.False(result.AllClean);
    }

    [Fact]
    public void Clean_file_holds_exactly_the_clean_claims_with_the_original_envelopes()
    {
        var (result, clean) = ScrubToFile(MixedFile());
        Assert.Equal(2, result.CleanWritten);
        var reparsed = X12TransactionParser.Parse(clean);
        Assert.Empty(reparsed.Issues);
        var interchange = Assert.Single(reparsed.Interchanges);
        Assert.Equal(("000000042", "BRIGHTPATH", "T"), (interchange.ControlNumber, interchange.SenderId, interchange.UsageIndicator));
        var transaction = Assert.IsType<ClaimTransaction837>(Assert.Single(Assert.Single(interchange.Groups).Transactions));
        Assert.Equal("0001", transaction.ControlNumber);
        Assert.Equal(["CLM-0001", "WARN-ONLY"], Claim837Translator.ToClaims(transaction).Select(c => c.Claim.ClaimId));
        var text = Encoding.ASCII.GetString(clean);
        Assert.DoesNotContain("BAD-NPI", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_claims_are_written_back_byte_for_byte()
    {
        var file = Test837Files.Write(ClaimBuilder.Valid837P().Build(), ClaimBuilder.Valid837P().With(c => c.ClaimId = "C2").Build());
        var (result, clean) = ScrubToFile(file);
        Assert.True(result.AllClean);
        Assert.Equal(Encoding.ASCII.GetString(file), Encoding.ASCII.GetString(clean));
    }

    [Fact]
    public void Writes_nothing_when_every_claim_is_held()
    {
        var (result, clean) = ScrubToFile(Test837Files.Write(ClaimBuilder.Valid837P().With(c => c.ClaimId = "").Build()));
        Assert.Empty(clean);
        Assert.Equal((0, 1), (result.CleanWritten, result.Held));
    }

    [Fact]
    public void Payer_rules_hold_claims_too()
    {
        var book = new PayerRuleBook(PayerRuleExamples.All());
        var result = Scrubber(book).Scrub(Test837Files.Write(ClaimBuilder.Valid837P().Build()), "x.837");
        Assert.Equal("PAY103", Assert.Single(Assert.Single(result.Reported).Findings).RuleId);
        Assert.Equal(1, result.Held);
    }

    [Theory]
    [InlineData("not x12 at all")]
    [InlineData("")]
    public void Unreadable_input_is_refused(string content) =>
        Assert.Throws<ScrubInputException>(() => Scrubber().Scrub(Encoding.ASCII.GetBytes(content), "bad.837"));

    [Fact]
    public void A_file_without_claims_is_refused()
    {
        if (RepoPaths.SharedOrFailInCi() is null)
        {
            return;
        }

        var remittance = Directory.EnumerateFiles(RepoPaths.Corpus837, "*.edi", SearchOption.AllDirectories).First(f => f.Contains("X221A1", StringComparison.Ordinal));
        var error = Assert.Throws<ScrubInputException>(() => Scrubber().Scrub(File.ReadAllBytes(remittance), "era.edi"));
        Assert.Contains("no 837", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_lists_claims_with_findings()
    {
        var result = Scrubber().Scrub(MixedFile(), "mixed.837");
        using var stream = new MemoryStream();
        ScrubJsonReport.Write(result, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal((4, 2, 2), (root.GetProperty("claims").GetInt32(), root.GetProperty("clean").GetInt32(), root.GetProperty("held").GetInt32()));
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["WARN-ONLY", "BAD-NCCI", "BAD-NPI"], results.Select(r => r.GetProperty("claimId").GetString()));
        var npi = results[2].GetProperty("findings")[0];
        Assert.Equal(("NPI001", "block", "billingProvider.npi"), (npi.GetProperty("ruleId").GetString(), npi.GetProperty("severity").GetString(), npi.GetProperty("field").GetString()));
    }

    [Fact]
    public void Html_report_names_held_claims_rules_and_fixes_and_escapes_text()
    {
        var file = Test837Files.Write(ClaimBuilder.Valid837P().With(c => { c.ClaimId = "A<B"; c.BillingProvider.Npi = "1234567890"; }).Build());
        var result = Scrubber().Scrub(file, "x.837");
        using var stream = new MemoryStream();
        ScrubHtmlReport.Write(result, stream);
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("Held back", html, StringComparison.Ordinal);
        Assert.Contains("A&lt;B", html, StringComparison.Ordinal);
        Assert.Contains("NPI001", html, StringComparison.Ordinal);
        Assert.Contains("Copy the NPI from the NPPES registry", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrubs_every_corpus_837_and_rewrites_its_clean_claims_as_a_readable_837()
    {
        if (RepoPaths.SharedOrFailInCi() is null)
        {
            return;
        }

        foreach (var path in Corpus837.Files())
        {
            var (result, clean) = ScrubToFile(File.ReadAllBytes(path));
            Assert.True(result.ClaimCount > 0, path);
            Assert.Empty(result.FileFindings);
            Assert.All(result.Reported.SelectMany(c => c.Findings), f => Assert.False(string.IsNullOrEmpty(f.Fix)));
            int written = result.CleanWritten;
            Assert.Equal(result.Clean, written);
            if (written > 0)
            {
                var reparsed = X12TransactionParser.Parse(clean);
                Assert.True(reparsed.IsComplete, path);
                Assert.Equal(written, reparsed.Transactions.OfType<ClaimTransaction837>().SelectMany(Claim837Translator.ToClaims).Count());
            }
        }
    }

    [Fact]
    public void A_transaction_cut_short_is_a_file_finding_and_the_rest_is_still_scrubbed()
    {
        var good = Encoding.ASCII.GetString(Test837Files.Write(ClaimBuilder.Valid837P().Build()));
        // Drop the SE of the transaction: the claims after the cut cannot be trusted.
        var cut = System.Text.RegularExpressions.Regex.Replace(good, @"SE\*\d+\*0001~", "");
        var (result, _) = ScrubToFile(Encoding.ASCII.GetBytes(cut));
        Assert.Contains(result.FileFindings, f => f.RuleId == "SCR001");
        Assert.False(result.AllClean);
    }

    [Fact]
    public void Keeps_the_source_delimiters_in_the_clean_file()
    {
        var file = Encoding.ASCII.GetString(Test837Files.Write(ClaimBuilder.Valid837P().Build()))
            .Replace('*', '|').Replace('~', '\n');
        var (result, clean) = ScrubToFile(Encoding.ASCII.GetBytes(file));
        Assert.True(result.AllClean);
        Assert.Equal(file, Encoding.ASCII.GetString(clean));
    }
}
