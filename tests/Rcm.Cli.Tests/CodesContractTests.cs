using System.Text.Json;
using Rcm.Cli.Tests.Support;

namespace Rcm.Cli.Tests;

/// <summary>
/// `rcm codes lookup [--set SET] CODE [--date YYYY-MM-DD] [--json]`: exit 0 when the code exists and is valid on the
/// date (today by default), 1 when not; the output names the set, the description, the validity dates and, for
/// ICD-10-CM, whether the code is billable. `rcm codes status` lists the loaded versions.
/// </summary>
public sealed class CodesContractTests
{
    public static TheoryData<string[], int> Lookups => new()
    {
        // ICD-10-CM J06.9: valid in every shipped fiscal year, with or without the dot.
        { ["--set", "icd10cm", "J069"], 0 },
        { ["J06.9", "--date", "2024-05-01"], 0 },
        // T81.32XA was deleted for FY2025 (its base gained children): valid 2024-06-01, not on 2024-10-01.
        { ["--set", "icd10cm", "T81.32XA", "--date", "2024-06-01"], 0 },
        { ["--set", "icd10cm", "T81.32XA", "--date", "2024-10-01"], 1 },
        { ["--set", "icd10cm", "ZZZ999"], 1 },
        // HCPCS C9152: added 2023-10-01, terminated 2023-12-31 (CMS HCPCS file).
        { ["--set", "hcpcs", "C9152", "--date", "2023-11-01"], 0 },
        { ["--set", "hcpcs", "C9152", "--date", "2024-07-01"], 1 },
        { ["--set", "carc", "45"], 0 },
        { ["--set", "rarc", "N130"], 0 },
        { ["--set", "pos", "11"], 0 },
        { ["--set", "taxonomy", "207Q00000X"], 0 },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Lookup_exits_0_when_valid_on_the_date_and_1_when_not(string[] args, int expected)
    {
        RcmRun run = RcmProcess.Run(["codes", "lookup", .. args]);
        Assert.True(run.ExitCode == expected, run.ToString());
    }

    [Fact]
    public void Lookup_json_names_set_description_validity_and_billable()
    {
        RcmRun billable = RcmProcess.Run("codes", "lookup", "--set", "icd10cm", "J069", "--date", "2024-05-01", "--json");
        RcmRun header = RcmProcess.Run("codes", "lookup", "--set", "icd10cm", "J06", "--date", "2024-05-01", "--json");
        RcmRun terminated = RcmProcess.Run("codes", "lookup", "--set", "hcpcs", "C9152", "--date", "2024-07-01", "--json");

        Assert.True(billable.ExitCode == 0, billable.ToString());
        using (JsonDocument doc = JsonDocument.Parse(billable.Stdout))
        {
            JsonElement r = doc.RootElement;
            Assert.Equal("icd10cm", r.GetProperty("set").GetString());
            Assert.True(r.GetProperty("billable").GetBoolean());
            Assert.True(r.GetProperty("valid").GetBoolean());
            Assert.Contains("upper respiratory", r.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.True(r.TryGetProperty("validFrom", out _));
            Assert.True(r.TryGetProperty("validThrough", out _));
        }

        // J06 is a category header: it exists and is valid but is not billable.
        using (JsonDocument doc = JsonDocument.Parse(header.Stdout))
        {
            Assert.False(doc.RootElement.GetProperty("billable").GetBoolean());
        }

        Assert.True(terminated.ExitCode == 1, terminated.ToString());
        using (JsonDocument doc = JsonDocument.Parse(terminated.Stdout))
        {
            JsonElement r = doc.RootElement;
            Assert.Equal("hcpcs", r.GetProperty("set").GetString());
            Assert.False(r.GetProperty("valid").GetBoolean());
            Assert.Equal("2023-10-01", r.GetProperty("validFrom").GetString());
            Assert.Equal("2023-12-31", r.GetProperty("validThrough").GetString());
        }
    }

    [Fact]
    public void Lookup_text_names_the_set_the_description_and_billable()
    {
        RcmRun run = RcmProcess.Run("codes", "lookup", "--set", "icd10cm", "J069", "--date", "2024-05-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("icd10cm", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Acute upper respiratory infection", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("billable", run.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("valid", run.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bad_arguments_and_missing_import_sources_fail_with_a_message_not_a_stack_trace()
    {
        RcmRun badDate = RcmProcess.Run("codes", "lookup", "--set", "icd10cm", "J069", "--date", "2024-13-45");
        RcmRun badSet = RcmProcess.Run("codes", "lookup", "--set", "nosuch", "11");
        RcmRun import = RcmProcess.Run("codes", "import", Path.Combine(Path.GetTempPath(), "rcm-no-such-source-" + Guid.NewGuid().ToString("N")));

        Assert.All(new[] { badDate, badSet, import }, run =>
        {
            Assert.True(run.ExitCode != 0, run.ToString());
            Assert.False(string.IsNullOrWhiteSpace(run.Stderr), run.ToString());
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Status_lists_the_loaded_sets()
    {
        RcmRun run = RcmProcess.Run("codes", "status");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("icd10cm", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("hcpcs", run.Stdout, StringComparison.Ordinal);
    }
}
