using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisSexRuleTests
{
    private static readonly DiagnosisSexRule Rule = new();

    [Fact]
    public void Passes_male_only_code_for_male() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("N400").Build()));

    [Fact]
    public void Fires_female_only_code_for_male() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "O80").Build()), "ICD004", "diagnoses[2].code");

    [Fact]
    public void Fires_male_only_code_for_female() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("N400").With(c => c.Subscriber.Sex = AdministrativeSex.Female).Build()), "ICD004", "diagnoses[1].code");

    [Fact]
    public void Passes_when_sex_unknown() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("O80").With(c => c.Subscriber.Sex = AdministrativeSex.Unknown).Build()));
}
