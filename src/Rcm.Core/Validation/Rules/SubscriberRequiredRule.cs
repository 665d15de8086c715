using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>CLM002: subscriber and patient data a payer matches the member by (member id, names, birth date, address, relationship).</summary>
public sealed class SubscriberRequiredRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("CLM002", FindingSeverity.Block, "Subscriber or patient data missing");

    public SubscriberRequiredRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        var subscriber = claim.Subscriber;
        if (string.IsNullOrWhiteSpace(subscriber.MemberId))
        {
            Report(findings, "subscriber.memberId", null, "The subscriber's member id is missing.", "Copy the member id from the insurance card or the eligibility response.");
        }

        if (string.IsNullOrWhiteSpace(subscriber.LastName))
        {
            Report(findings, "subscriber.lastName", null, "The subscriber's last name is missing.", "Enter the subscriber's name as it is on the insurance card.");
        }

        var patient = claim.PatientPerson;
        string who = claim.Patient is null ? "subscriber" : "patient";
        if (claim.Patient is not null && string.IsNullOrWhiteSpace(claim.Patient.LastName))
        {
            Report(findings, "patient.lastName", null, "The patient's last name is missing.", "Enter the patient's name as the payer has it.");
        }

        if (patient.BirthDate is null)
        {
            Report(findings, $"{who}.birthDate", null, "The patient's birth date is missing.", "Enter the patient's date of birth.");
        }

        if (patient.Address is not { } address || string.IsNullOrWhiteSpace(address.Line1) || string.IsNullOrWhiteSpace(address.City))
        {
            // X222A1/X223A2 2010BA (subscriber is the patient) or 2010CA: N3 and N4 are required for the patient.
            Report(findings, $"{who}.address", null, "The patient's address is missing.", "Enter the patient's street address, city, state and ZIP code.");
        }

        if (claim.Patient is not null && claim.PatientRelationshipCode == "18")
        {
            Report(findings, "patientRelationshipCode", null, "The patient is a different person from the subscriber, but the relationship says 'self'.", "Set the patient's relationship to the subscriber (spouse, child, other).");
        }
    }
}
