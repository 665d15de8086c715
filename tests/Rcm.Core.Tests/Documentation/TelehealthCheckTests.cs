namespace Rcm.Core.Tests.Documentation;

public sealed class TelehealthCheckTests
{
    private static NoteBuilder TelehealthPsychotherapy() => NoteBuilder.Complete("bh-psychotherapy")
        .With("delivery", "telehealth").With("telehealth_modality", "audio_video").With("patient_location", "home").With("telehealth_consent", "verbal");

    [Theory]
    [InlineData("telehealth_modality", "DOC025")]
    [InlineData("patient_location", "DOC026")]
    [InlineData("telehealth_consent", "DOC027")]
    public void Fires_when_a_telehealth_visit_lacks_modality_location_or_consent(string fieldId, string code)
    {
        var report = TelehealthPsychotherapy().Without(fieldId).CheckForSigning();

        FindingAssert.Single(report, code, fieldId);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Passes_a_telehealth_visit_with_all_three()
    {
        FindingAssert.Clean(TelehealthPsychotherapy().CheckForSigning());
    }

    [Fact]
    public void Does_not_ask_an_in_person_visit_for_telehealth_fields()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("delivery", "in_person").CheckForSigning();

        FindingAssert.Clean(report);
    }

    [Theory]
    [InlineData("telehealth_modality", "DOC025")]
    [InlineData("patient_location", "DOC026")]
    [InlineData("telehealth_consent", "DOC027")]
    public void Telehealth_template_always_requires_them(string fieldId, string code)
    {
        var report = NoteBuilder.Complete("telehealth-visit").Without(fieldId).CheckForSigning();

        FindingAssert.Single(report, code, fieldId);
    }

    [Theory]
    [InlineData("home", "02", false)]
    [InlineData("home", "10", true)]
    [InlineData("other_site", "10", false)]
    [InlineData("other_site", "02", true)]
    public void Place_of_service_must_fit_the_patient_location(string location, string pos, bool passes)
    {
        var report = NoteBuilder.Complete("telehealth-visit").With("patient_location", location).With("place_of_service", pos).CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC028"));
        if (!passes)
        {
            FindingAssert.Single(report, "DOC028", "place_of_service");
        }
    }

    [Theory]
    [InlineData("95", false)]
    [InlineData("93", true)]
    [InlineData("95, FQ", true)]
    public void Audio_only_visit_needs_an_audio_only_modifier(string modifiers, bool passes)
    {
        var report = NoteBuilder.Complete("telehealth-visit").With("telehealth_modality", "audio_only").With("modifiers", modifiers).CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC029"));
    }

    [Fact]
    public void Office_visit_by_audio_only_telehealth_without_modifier_93_is_caught()
    {
        var report = NoteBuilder.Complete("pc-office-visit")
            .With("delivery", "telehealth").With("telehealth_modality", "audio_only").With("patient_location", "home").With("telehealth_consent", "written")
            .CheckForSigning();

        FindingAssert.Single(report, "DOC029", "modifiers");
    }
}
