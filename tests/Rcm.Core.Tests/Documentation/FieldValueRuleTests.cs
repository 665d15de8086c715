namespace Rcm.Core.Tests.Documentation;

public sealed class FieldValueRuleTests
{
    [Theory]
    [InlineData("session_start", "9am")]
    [InlineData("session_start", "25:00")]
    [InlineData("session_minutes", "forty")]
    [InlineData("session_minutes", "-5")]
    [InlineData("units", "eight")]
    public void Rejects_values_not_of_the_field_type(string fieldId, string value)
    {
        var report = NoteBuilder.Complete("aba-therapy").With(fieldId, value).CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC003", fieldId);
        Assert.Contains($"'{value}' is not", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_date_not_written_as_iso()
    {
        var report = NoteBuilder.Complete("pt-treatment", "demo-medicare").With("plan_of_care_certified_on", "01/05/2026").CheckForSigning();

        FindingAssert.Single(report, "DOC003", "plan_of_care_certified_on");
    }

    [Fact]
    public void Rejects_a_choice_that_is_not_offered()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("participants", "friends").CheckForSigning();

        FindingAssert.Single(report, "DOC004", "participants");
    }

    [Theory]
    [InlineData("service_code", "99213")]
    [InlineData("service_code", "97153, 97155")]
    [InlineData("place_of_service", "21")]
    public void Rejects_codes_the_field_does_not_take(string fieldId, string value)
    {
        var report = NoteBuilder.Complete("aba-therapy").With(fieldId, value).CheckForSigning();

        Assert.Contains(report.Findings, f => f.Code == "DOC005" && f.FieldId == fieldId);
    }

    [Theory]
    [InlineData("F41", true)]
    [InlineData("f41.1", true)]
    [InlineData("F41.1, Z63.0", true)]
    [InlineData("41.1", false)]
    [InlineData("F4", false)]
    public void Diagnosis_codes_must_have_the_icd10_shape(string value, bool passes)
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("diagnosis", value).CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC005"));
    }

    [Fact]
    public void Flags_but_does_not_block_a_value_for_an_unknown_field()
    {
        var report = NoteBuilder.Complete("bh-psychotherapy").With("favourite_colour", "blue").CheckForSigning();

        var finding = FindingAssert.Single(report, "DOC006", "favourite_colour");
        Assert.False(finding.IsBlocking);
        Assert.True(report.IsComplete);
    }
}
