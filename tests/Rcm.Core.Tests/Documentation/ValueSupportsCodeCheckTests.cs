namespace Rcm.Core.Tests.Documentation;

public sealed class ValueSupportsCodeCheckTests
{
    [Theory]
    [InlineData("99214", "low", false)]
    [InlineData("99214", "moderate", true)]
    [InlineData("99214", "high", true)]
    [InlineData("99205", "moderate", false)]
    [InlineData("99202", "straightforward", true)]
    [InlineData("99211", "straightforward", true)]
    public void Decision_making_must_support_the_office_visit_level(string code, string mdm, bool passes)
    {
        var report = NoteBuilder.Complete("pc-office-visit").With("em_code", code).With("mdm_level", mdm).CheckForSigning();

        if (passes)
        {
            FindingAssert.None(report, "DOC013");
        }
        else
        {
            var finding = FindingAssert.Single(report, "DOC013", "mdm_level");
            Assert.StartsWith($"Medical decision making '{mdm}' does not support code {code}", finding.Message, StringComparison.Ordinal);
        }
    }
}
