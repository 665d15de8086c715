using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class RequiredClaimDataRuleTests
{
    private static readonly RequiredClaimDataRule Rule = new();

    [Fact]
    public void Passes_a_complete_claim() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Theory]
    [InlineData("claimId")]
    [InlineData("payerId")]
    [InlineData("frequencyCode")]
    [InlineData("lines")]
    [InlineData("diagnoses")]
    public void Fires_when_header_field_missing(string field)
    {
        var claim = ClaimBuilder.Valid837P().With(c =>
        {
            switch (field)
            {
                case "claimId": c.ClaimId = ""; break;
                case "payerId": c.PayerId = " "; break;
                case "frequencyCode": c.FrequencyCode = "3"; break;
                case "lines": c.Lines.Clear(); c.TotalCharge = 0; break;
                case "diagnoses": c.Diagnoses.Clear(); break;
            }
        }).Build();
        Single(Run(Rule, claim), "CLM001", field);
    }

    [Fact]
    public void Fires_when_claim_id_longer_than_38() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.ClaimId = new string('A', 39)).Build()), "CLM001", "claimId");
}
