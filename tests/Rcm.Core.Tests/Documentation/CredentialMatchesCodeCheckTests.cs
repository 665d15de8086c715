using Rcm.Core.Documentation;
using Rcm.Core.Shared;

namespace Rcm.Core.Tests.Documentation;

public sealed class CredentialMatchesCodeCheckTests
{
    [Theory]
    [InlineData("aba-therapy", "service_code", "97155", "RBT", false)]
    [InlineData("aba-therapy", "service_code", "97155", "BCBA", true)]
    [InlineData("aba-therapy", "service_code", "97153", "RBT", true)]
    [InlineData("aba-therapy", "service_code", "97153", "BCBA", true)]
    [InlineData("aba-therapy", "service_code", "97151", "BCaBA", false)]
    [InlineData("aba-therapy", "service_code", "97155", "bcba-d", true)]
    [InlineData("bh-psychotherapy", "service_code", "90834", "LCSW", true)]
    [InlineData("bh-psychotherapy", "service_code", "90834", "RBT", false)]
    [InlineData("pc-office-visit", "em_code", "99213", "RN", false)]
    [InlineData("pc-office-visit", "em_code", "99211", "RN", true)]
    [InlineData("pt-treatment", "untimed_codes", "97161", "PTA", false)]
    [InlineData("pt-treatment", "untimed_codes", "97161", "PT", true)]
    [InlineData("pt-treatment", "timed_codes", "97110", "PTA", true)]
    [InlineData("telehealth-visit", "service_code", "99213", "NP", true)]
    [InlineData("telehealth-visit", "service_code", "99214", "LPC", false)]
    public void Rendering_credential_must_permit_the_code(string templateId, string codeField, string code, string credential, bool passes)
    {
        var builder = NoteBuilder.Complete(templateId).With(codeField, code).Credentials(credential);
        if (templateId == "bh-psychotherapy")
        {
            builder.With("psychotherapy_minutes", "45");
        }

        var report = builder.CheckForSigning();

        if (passes)
        {
            FindingAssert.None(report, "DOC020");
        }
        else
        {
            var finding = FindingAssert.Single(report, "DOC020", codeField);
            Assert.StartsWith($"Code {code} must be rendered by", finding.Message, StringComparison.Ordinal);
            Assert.EndsWith($"holds {credential.ToUpperInvariant()}.", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fires_once_when_the_provider_has_no_credential_on_record()
    {
        var report = NoteBuilder.Complete("pt-treatment").Credentials().CheckForSigning();

        FindingAssert.Single(report, "DOC021", "timed_codes");
        FindingAssert.None(report, "DOC020");
    }

    [Fact]
    public void Uses_the_credentials_held_when_the_note_was_started()
    {
        var note = NoteBuilder.Complete("aba-therapy").With("service_code", "97155").Credentials("RBT", "BCBA").Build();

        Assert.Equal(["RBT", "BCBA"], note.RenderingCredentials.Select(c => c.Value));
        FindingAssert.None(new CompletenessChecker(Catalogs.BuiltIn).CheckForSigning(note, NoteBuilder.RenderingProvider), "DOC020");
    }

    [Theory]
    [InlineData(ProviderCredential.BCaBA, "97153", true)]
    [InlineData(ProviderCredential.RBT, "97155", false)]
    [InlineData(ProviderCredential.PhD, "97151", false)]
    public void Intake_provider_credentials_match_the_template_tables(ProviderCredential held, string code, bool passes)
    {
        var credentials = Credential.Of(held).Select(c => c.Value).ToArray();

        var report = NoteBuilder.Complete("aba-therapy").With("service_code", code).Credentials(credentials).CheckForSigning();

        Assert.Equal(passes, report.Findings.All(f => f.Code != "DOC020"));
    }

    [Fact]
    public void Intake_credential_other_counts_as_no_credential()
    {
        var report = NoteBuilder.Complete("aba-therapy").Credentials(Credential.Of(ProviderCredential.Other).Select(c => c.Value).ToArray()).CheckForSigning();

        FindingAssert.Single(report, "DOC021", "service_code");
    }
}
