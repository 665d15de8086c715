using Rcm.X12.Transactions.ServiceReview;

namespace Rcm.X12.Tests.Transactions;

public class ServiceReview278KnownValuesTests
{
    private const string Folder = CorpusFile.Stupidedi + "X217 HI278 Health Care Services Review - Request for Review and Response/pass/";

    [Fact]
    public void Maps_the_278_response_decision_and_authorization_number()
    {
        var tx = CorpusFile.Single<ServiceReview278>(Folder + "admission-response-to-request-for-review.edi");
        if (tx is null)
        {
            return;
        }

        Assert.True(tx.IsResponse);
        ServiceReviewLevel patientEvent = Flatten(tx.Levels).Single(l => l.LevelCode == "EV");
        Assert.Equal("AR", patientEvent.Review!.RequestCategory);
        Assert.Equal(("21", "B"), (patientEvent.Review.FacilityCode, patientEvent.Review.FacilityCodeQualifier));
        Assert.Equal(new ServiceReviewDecision { ActionCode = "A6", AuthorizationNumber = "AUTH0002" }, patientEvent.Decision);
        Assert.Equal(new DateOnly(2005, 5, 16), patientEvent.Dates.Single(d => d.Qualifier == "435").Date);
        Assert.Equal("41090", patientEvent.HealthCareCodes.Single().Code);
        Assert.Equal("HSD", patientEvent.Other.Single().Id);
        ServiceReviewLevel service = Assert.Single(patientEvent.Children);
        Assert.Equal("A1", service.Decision!.ActionCode);
        Assert.Equal(("SV2", "33510"), (service.Service!.SegmentId, service.Service.Procedure!.Code));
        Assert.Equal("203BS0133X", service.Parties.Single().Taxonomy!.Taxonomy);
    }

    [Fact]
    public void Maps_the_278_request_services_with_modifiers_and_units()
    {
        var tx = CorpusFile.Single<ServiceReview278>(Folder + "request-for-non-emergency-transportation.edi");
        if (tx is null)
        {
            return;
        }

        Assert.False(tx.IsResponse);
        ServiceReviewService[] services = [.. Flatten(tx.Levels).Where(l => l.LevelCode == "SS").Select(l => l.Service!)];
        Assert.Equal(["RX", "PD", "DR"], services.Select(s => s.Procedure!.Modifiers.Single()));
        Assert.Equal([5m, 8m, 14m], services.Select(s => s.Units));
        ServiceReviewLevel patientEvent = Flatten(tx.Levels).Single(l => l.LevelCode == "EV");
        Assert.Equal(["PW", "ND", "R3", "FS"], patientEvent.Parties.Select(p => p.Name.EntityIdentifier));
        Assert.Equal(["CRC", "CR1"], patientEvent.Other.Select(s => s.Id));
    }

    private static IEnumerable<ServiceReviewLevel> Flatten(IEnumerable<ServiceReviewLevel> levels) =>
        levels.SelectMany(l => new[] { l }.Concat(Flatten(l.Children)));
}
