using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ManifestationPrincipalRuleTests
{
    private static readonly ManifestationPrincipalRule Rule = new();

    [Fact]
    public void Passes_manifestation_after_its_cause() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("G309", "F0280").Build()));

    [Fact]
    public void Fires_when_manifestation_listed_first() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F0280", "G309").Build()), "ICD005", "diagnoses[1].code");
}
