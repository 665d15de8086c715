using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class RevenueCodeRuleTests
{
    private static readonly RevenueCodeRule Rule = new();

    [Fact]
    public void Passes_institutional_line_with_revenue_code() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837I().Build()));

    [Fact]
    public void Fires_on_institutional_line_without_revenue_code() =>
        Single(Run(Rule, ClaimBuilder.Valid837I().WithLine("97140").Build()), "INS001", "lines[2].revenueCode");

    [Fact]
    public void Ignores_professional_claims() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));
}
