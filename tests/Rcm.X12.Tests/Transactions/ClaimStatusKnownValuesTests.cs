using Rcm.X12.Transactions.ClaimStatus;

namespace Rcm.X12.Tests.Transactions;

public class ClaimStatusKnownValuesTests
{
    [Fact]
    public void Maps_the_277_claim_status_with_payer_claim_number_and_amounts()
    {
        var tx = CorpusFile.Single<ClaimStatusResponse277>(CorpusFile.LinuxForHealth + "277_005010X212/claim-level-status-ncpdp.277");
        if (tx is null)
        {
            return;
        }

        ClaimStatusClaim claim = Flatten(tx.Levels).SelectMany(l => l.Claims).Single();
        ClaimStatusInformation status = Assert.Single(claim.Statuses);
        Assert.Equal(new ClaimStatusCode("F2", "80", null, "RX"), Assert.Single(status.Codes));
        Assert.Equal(new DateOnly(2006, 3, 1), status.EffectiveDate);
        Assert.Equal(85.00m, status.ChargeAmount);
        Assert.Equal(0.00m, status.PaymentAmount);
        Assert.Equal("05347006051", claim.PayerClaimControlNumber);
    }

    [Fact]
    public void Maps_the_276_request_claims_with_trace_bill_type_charge_and_service_line()
    {
        var tx = CorpusFile.Single<ClaimStatusRequest276>(CorpusFile.LinuxForHealth + "276_005010X212/claim-level-status.276");
        if (tx is null)
        {
            return;
        }

        ClaimStatusLevel[] levels = [.. Flatten(tx.Levels)];
        Assert.Equal(["20", "21", "19", "22", "22", "19", "22", "23"], levels.Select(l => l.LevelCode));
        ClaimStatusClaim second = levels[4].Claims.Single();
        Assert.Equal("ABCXYZ2", second.Trace!.ReferenceId);
        Assert.Equal(7599.00m, second.Amounts.Single(a => a.Qualifier == "T3").Amount);
        Assert.Equal(new DateOnly(1930, 11, 15), levels[4].Demographics!.BirthDate);
        ClaimStatusServiceLine line = levels[7].Claims.Single().ServiceLines.Single();
        Assert.Equal("99203", line.Procedure!.Code);
        Assert.Equal(150.00m, line.Charge);
        Assert.Equal(1.00m, line.Units);
    }

    [Fact]
    public void Maps_the_277ca_acknowledgment_levels_and_claim_status()
    {
        var tx = CorpusFile.Single<ClaimStatusResponse277>("imsweb__x12-parser/src/test/resources/277_5010/x12_277CA_accepted.txt");
        if (tx is null)
        {
            return;
        }

        Assert.True(tx.IsClaimAcknowledgment);
        ClaimStatusLevel receiver = tx.Levels.Single().Children.Single();
        Assert.Equal("WQ", receiver.Statuses.Single().ActionCode);
        Assert.Equal(1m, receiver.Quantities.Single(q => q.Qualifier == "90").Quantity);
        ClaimStatusClaim claim = Flatten(tx.Levels).Single(l => l.LevelCode == "PT").Claims.Single();
        Assert.Equal("5781", claim.Trace!.ReferenceId);
        Assert.Equal(new ClaimStatusCode("A2", "20", null, null), claim.Statuses.Single().Codes.Single());
        Assert.Equal("1107000000014420", claim.PayerClaimControlNumber);
    }

    private static IEnumerable<ClaimStatusLevel> Flatten(IEnumerable<ClaimStatusLevel> levels) =>
        levels.SelectMany(l => new[] { l }.Concat(Flatten(l.Children)));
}
