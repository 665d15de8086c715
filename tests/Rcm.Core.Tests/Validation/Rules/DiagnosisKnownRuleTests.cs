using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisKnownRuleTests
{
    private static readonly DiagnosisKnownRule Rule = new();

    [Fact]
    public void Passes_known_code() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_on_unknown_code() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "Q999X").Build()), "ICD001", "diagnoses[2].code");

    [Fact]
    public void Fires_on_an_empty_code_saying_so()
    {
        var finding = Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "").Build()), "ICD001", "diagnoses[2].code");
        Assert.Equal("Diagnosis 2 has no code.", finding.Message);
    }
}
