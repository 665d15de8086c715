namespace Rcm.Core.Tests.Documentation;

public sealed class RequiredFieldRuleTests
{
    [Fact]
    public void Modifier_25_requires_its_support_and_the_procedure()
    {
        var report = NoteBuilder.Complete("pc-office-visit").With("modifiers", "25").CheckForSigning();

        var support = FindingAssert.Single(report, "DOC002", "modifier_25_support");
        Assert.Contains("because Modifiers is 25", support.Message, StringComparison.Ordinal);
        FindingAssert.Single(report, "DOC002", "same_day_procedure");
    }

    [Fact]
    public void Modifier_25_with_its_support_passes()
    {
        var report = NoteBuilder.Complete("pc-office-visit")
            .With("modifiers", "25").With("modifier_25_support", "New knee pain evaluated beyond the injection.").With("same_day_procedure", "20610")
            .CheckForSigning();

        FindingAssert.Clean(report);
    }

    [Fact]
    public void Level_by_time_requires_total_time()
    {
        var report = NoteBuilder.Complete("pc-office-visit").With("level_basis", "time").Without("mdm_level").CheckForSigning();

        FindingAssert.Single(report, "DOC002", "total_minutes");
        FindingAssert.None(report, "DOC001");
    }

    [Theory]
    [InlineData("97156", true)]
    [InlineData("97153", false)]
    public void Family_guidance_requires_the_caregiver_answer(string code, bool required)
    {
        var builder = NoteBuilder.Complete("aba-therapy").With("service_code", code);
        if (code == "97156")
        {
            builder.Credentials("BCBA");
        }

        var report = builder.CheckForSigning();

        Assert.Equal(required, report.Findings.Any(f => f.Code == "DOC002" && f.FieldId == "caregiver_present"));
    }

    [Theory]
    [InlineData("97153", "RBT", true)]
    [InlineData("97155", "BCBA", false)]
    public void Medicaid_requires_a_supervisor_on_technician_sessions_only(string code, string credential, bool required)
    {
        var report = NoteBuilder.Complete("aba-therapy", "demo-medicaid").With("service_code", code).Without("supervising_provider_id").Credentials(credential).CheckForSigning();

        Assert.Equal(required, report.Findings.Any(f => f.Code == "DOC002" && f.FieldId == "supervising_provider_id"));
        Assert.Equal(!required, report.IsComplete);
    }

    [Fact]
    public void Whitespace_counts_as_empty()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("interventions", "   ").CheckForSigning();

        FindingAssert.Single(report, "DOC001", "interventions");
    }
}
