using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisAgeRuleTests
{
    private static readonly DiagnosisAgeRule Rule = new();

    [Fact]
    public void Passes_pediatric_code_for_a_child() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("Z00121").Build()));

    [Fact]
    public void Warns_pediatric_code_for_an_adult()
    {
        var claim = ClaimBuilder.Valid837P().WithDiagnoses("F840", "Z00121").With(c => c.Subscriber.BirthDate = new DateOnly(1980, 1, 1)).Build();
        var finding = Single(Run(Rule, claim), "ICD003", "diagnoses[2].code");
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
    }

    [Fact]
    public void Warns_adult_code_for_a_child() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("N400").Build()), "ICD003", "diagnoses[1].code");
}
