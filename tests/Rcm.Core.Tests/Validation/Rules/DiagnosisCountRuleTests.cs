using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class DiagnosisCountRuleTests
{
    private static readonly DiagnosisCountRule Rule = new();

    [Fact]
    public void Passes_twelve_on_professional() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses(Enumerable.Repeat("F840", 12).ToArray()).Build()));

    [Fact]
    public void Fires_on_thirteen_on_professional() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().WithDiagnoses(Enumerable.Repeat("F840", 13).ToArray()).Build()), "ICD007", "diagnoses");
}
