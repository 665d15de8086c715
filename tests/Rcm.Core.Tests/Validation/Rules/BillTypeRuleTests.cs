using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class BillTypeRuleTests
{
    private static readonly BillTypeRule Rule = new();

    [Fact]
    public void Passes_two_digit_bill_type() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837I().Build()));

    [Theory]
    [InlineData(null)]
    [InlineData("131")]
    public void Fires_on_missing_or_malformed_bill_type(string? code) =>
        Single(Run(Rule, ClaimBuilder.Valid837I().With(c => c.FacilityTypeCode = code).Build()), "INS002", "facilityTypeCode");
}
