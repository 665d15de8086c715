using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DuplicateDiagnosisRuleTests
{
    private static readonly DuplicateDiagnosisRule Rule = new();

    [Fact]
    public void Passes_distinct_codes() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "F900").Build()));

    [Fact]
    public void Warns_on_repeat() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "F900", "F840").Build()), "ICD006", "diagnoses[3].code");

    [Fact]
    public void Leaves_empty_codes_to_icd001() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("F840", "", "").Build()));
}
