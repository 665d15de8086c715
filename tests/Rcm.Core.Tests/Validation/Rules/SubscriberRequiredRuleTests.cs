using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.Rules;
using static Rcm.Core.Tests.Validation.RuleHarness;

namespace Rcm.Core.Tests.Validation.Rules;

public sealed class SubscriberRequiredRuleTests
{
    private static readonly SubscriberRequiredRule Rule = new();

    [Fact]
    public void Passes_when_subscriber_is_complete() => Assert.Empty(Run(Rule, ClaimBuilder.Valid837P().Build()));

    [Fact]
    public void Fires_when_member_id_missing() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.Subscriber.MemberId = null).Build()), "CLM002", "subscriber.memberId");

    [Fact]
    public void Fires_when_patient_birth_date_missing() =>
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.Subscriber.BirthDate = null).Build()), "CLM002", "subscriber.birthDate");

    [Fact]
    public void Fires_when_dependent_patient_is_marked_self()
    {
        var claim = ClaimBuilder.Valid837P().With(c => c.Patient = new ClaimPerson { LastName = "Doe", BirthDate = new DateOnly(2019, 1, 1), Address = c.Subscriber.Address }).Build();
        Single(Run(Rule, claim), "CLM002", "patientRelationshipCode");
    }

    [Fact]
    public void Passes_dependent_patient_with_child_relationship()
    {
        var claim = ClaimBuilder.Valid837P().With(c =>
        {
            c.Patient = new ClaimPerson { LastName = "Doe", BirthDate = new DateOnly(2019, 1, 1), Address = c.Subscriber.Address };
            c.PatientRelationshipCode = "19";
        }).Build();
        Assert.Empty(Run(Rule, claim));
    }

    [Fact]
    public void Fires_when_the_patients_address_is_missing()
    {
        var claim = ClaimBuilder.Valid837P().With(c =>
        {
            c.Patient = new ClaimPerson { LastName = "Doe", BirthDate = new DateOnly(2019, 1, 1) };
            c.PatientRelationshipCode = "19";
        }).Build();
        Single(Run(Rule, claim), "CLM002", "patient.address");
        Single(Run(Rule, ClaimBuilder.Valid837P().With(c => c.Subscriber.Address = null).Build()), "CLM002", "subscriber.address");
    }
}
