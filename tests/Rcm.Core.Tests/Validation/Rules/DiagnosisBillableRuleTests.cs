using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisBillableRuleTests
{
    private static readonly DiagnosisBillableRule Rule = new();

    [Fact]
    public void Passes_billable_code_with_seventh_character() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses("S72001A").Build()));

    [Theory]
    [InlineData("F84")]
    [InlineData("S72001")]
    public void Fires_on_category_or_missing_seventh_character(string code) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses(code).Build()), "ICD002", "diagnoses[1].code");
}
