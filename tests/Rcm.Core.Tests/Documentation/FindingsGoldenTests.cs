using System.Text.Encodings.Web;
using System.Text.Json;
using Rcm.Core.Documentation;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// The exact findings (codes, fields, plain-word messages) for one flawed note per template, as golden files in
/// Documentation/Golden. Messages are what providers read; a change shows up as a diff to review. UPDATE_GOLDEN=1 rewrites.
/// </summary>
public sealed class FindingsGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Scenarios() => [.. Builders.Keys.Order(StringComparer.Ordinal)];

    private static readonly Dictionary<string, Func<NoteBuilder>> Builders = new(StringComparer.Ordinal)
    {
        ["aba-rbt-billing-protocol-modification"] = () => NoteBuilder.Complete("aba-therapy")
            .With("service_code", "97155").With("session_end", "10:30").With("units", "8").Without("targets_addressed"),
        ["aba-medicaid-telehealth-gaps"] = () => NoteBuilder.Complete("aba-therapy", "demo-medicaid")
            .With("delivery", "telehealth").With("place_of_service", "02").With("patient_location", "home")
            .Without("treatment_plan_id", "supervising_provider_id").With("session_minutes", "38").With("session_end", "09:38").With("units", "3"),
        ["bh-minutes-do-not-fit-90837"] = () => NoteBuilder.Complete("bh-psychotherapy")
            .With("service_code", "90837").With("session_start", "10:00").With("session_end", "09:50").With("diagnosis", "F41.1, 41"),
        ["pc-modifier-25-without-support"] = () => NoteBuilder.Complete("pc-office-visit")
            .With("em_code", "99215").With("mdm_level", "moderate").With("modifiers", "25").With("delivery", "video"),
        ["pt-too-many-units-by-assistant-evaluation"] = () => NoteBuilder.Complete("pt-treatment")
            .With("untimed_codes", "97161").With("timed_minutes", "22").With("timed_units", "2").Credentials("PTA"),
        ["telehealth-audio-only-at-home-billed-pos-02"] = () => NoteBuilder.Complete("telehealth-visit")
            .With("telehealth_modality", "audio_only").With("place_of_service", "02").Without("telehealth_consent").With("extra_notes", "x"),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Findings_match_the_golden_file(string scenario)
    {
        var report = Builders[scenario]().CheckForSigning();
        var actual = JsonSerializer.Serialize(
            report.Findings.Select(f => new { code = f.Code, severity = f.Severity.ToString(), field = f.FieldId, message = f.Message }), Json) + "\n";
        var path = Path.Combine(RepoRoot.Find(), "tests", "Rcm.Core.Tests", "Documentation", "Golden", scenario + ".json");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
        Assert.False(report.IsComplete);
    }
}
