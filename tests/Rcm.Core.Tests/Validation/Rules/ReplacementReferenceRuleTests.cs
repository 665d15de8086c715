using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class ReplacementReferenceRuleTests
{
    private static readonly ReplacementReferenceRule Rule = new();

    [Fact]
    public void Passes_replacement_with_original_number() =>
        Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().With(c => { c.FrequencyCode = "7"; c.OriginalClaimNumber = "PCN123"; }).Build()));

    [Theory]
    [InlineData("7")]
    [InlineData("8")]
    public void Fires_when_replacement_or_void_lacks_original(string frequency) =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.FrequencyCode = frequency).Build()), "CLM005", "originalClaimNumber");
}
