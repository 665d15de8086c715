using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;

namespace Rcm.X12.Tests.Transactions;

public class Eligibility271KnownValuesTests
{
    [Fact]
    public void Maps_copays_in_and_out_of_network_and_the_dependent_of_the_271()
    {
        var tx = CorpusFile.Single<EligibilityResponse271>(CorpusFile.LinuxForHealth + "271_005010X279A1/dependent-health-benefit-check.271");
        if (tx is null)
        {
            return;
        }

        EligibilityMember subscriber = tx.Sources.Single().Receivers.Single().Subscribers.Single();
        Assert.Equal("123456789", subscriber.Member.Name.Identifier);
        Assert.Equal(new DateOnly(1963, 5, 19), subscriber.Member.Demographics!.BirthDate);
        EligibilityMember dependent = Assert.Single(subscriber.Dependents);
        Assert.Equal("23", dependent.LevelCode);
        Assert.Equal("19", dependent.RelationshipCode);
        Assert.Equal("F", dependent.Member.Demographics!.Gender);
        Assert.Equal(new DateOnly(2006, 1, 1), dependent.Member.Dates.Single(d => d.Qualifier == "346").Date);

        EligibilityBenefit[] copays = [.. dependent.Benefits.Where(b => b.InformationCode == "B")];
        Assert.Equal([10.00m, 30.00m], copays.Select(b => b.Amount));
        Assert.Equal(["Y", "N"], copays.Select(b => b.InPlanNetwork));
        Assert.Equal(["1", "33", "35", "47", "86", "88", "98", "AL", "MH", "UC"], copays[0].ServiceTypes);
        Assert.Equal("27", copays[0].TimePeriod);
        Assert.Equal("1", dependent.Benefits[0].InformationCode);
        Assert.Equal(["30"], dependent.Benefits[0].ServiceTypes);
        X12Party primaryCare = Assert.Single(dependent.Benefits.Single(b => b.InformationCode == "L").RelatedEntities);
        Assert.Equal("P3", primaryCare.Name.EntityIdentifier);
        Assert.Equal("JONES", primaryCare.Name.LastOrOrganizationName);
    }

    [Fact]
    public void Maps_an_aaa_rejection_at_the_receiver_level()
    {
        var tx = CorpusFile.Single<EligibilityResponse271>(CorpusFile.LinuxForHealth + "271_005010X279A1/subscriber-health-benefit-check-error.271");
        if (tx is null)
        {
            return;
        }

        EligibilityReceiver receiver = tx.Sources.Single().Receivers.Single();
        X12Rejection rejection = Assert.Single(receiver.Rejections);
        Assert.Equal("Y", rejection.ValidRequest);
        Assert.Equal("50", rejection.RejectReason);
        Assert.Equal("N", rejection.FollowUpAction);
        Assert.Empty(receiver.Subscribers);
    }

    [Fact]
    public void Maps_deductible_remaining_coinsurance_and_rejections_at_subscriber_and_benefit_levels()
    {
        string file = Remittance835KnownValuesTests.Envelope("271", "005010X279A1",
            "BHT*0022*11*R1*20240105*1200",
            "HL*1**20*1", "NM1*PR*2*PAYER*****PI*12345",
            "HL*2*1*21*1", "NM1*1P*2*CLINIC*****XX*1234567893",
            "HL*3*2*22*0", "TRN*2*T1*9999999999", "NM1*IL*1*DOE*JANE****MI*M1", "AAA*Y**72*C", "DMG*D8*19800101*F", "DTP*291*RD8*20240101-20241231",
            "EB*6**30***********1:2", "EB*C*IND*30***23*500", "EB*C*IND*30***29*125.5", "EB*A*IND*98***27**0.2", "EB*G*FAM*30***23*6000****Y", "AAA*N**41*C", "MSG*CALL PAYER");
        var tx = Assert.IsType<EligibilityResponse271>(Assert.Single(X12TransactionParser.Parse(System.Text.Encoding.ASCII.GetBytes(file)).Transactions));
        EligibilityMember member = tx.Sources[0].Receivers[0].Subscribers[0];
        Assert.Equal("72", Assert.Single(member.Rejections).RejectReason);
        Assert.Equal(new DateOnly(1980, 1, 1), member.Member.Demographics!.BirthDate);
        X12DateValue plan = member.Member.Dates.Single();
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (plan.Date!.Value, plan.EndDate!.Value));
        Assert.Equal(["6", "C", "C", "A", "G"], member.Benefits.Select(b => b.InformationCode));
        Assert.Equal(["1", "2"], member.Benefits[0].DiagnosisPointers);
        Assert.Equal(125.5m, member.Benefits[2].Amount);
        Assert.Equal("29", member.Benefits[2].TimePeriod);
        Assert.Equal(0.2m, member.Benefits[3].Percent);
        Assert.Equal("41", Assert.Single(member.Benefits[4].Rejections).RejectReason);
        Assert.Equal("CALL PAYER", Assert.Single(member.Benefits[4].Messages).Text);
    }
}
