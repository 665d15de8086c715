namespace Rcm.Core.Validation.Rules;

/// <summary>DOS003: the patient was born on or before the first date of service and is not implausibly old (MCE ages stop at 124).</summary>
public sealed class BirthDateRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("DOS003", FindingSeverity.Block, "Birth date after the service or implausible");

    public BirthDateRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        var claim = context.Claim;
        if (claim.PatientPerson.BirthDate is not { } born || claim.FirstServiceDate is not { } first)
        {
            return;
        }

        string field = claim.Patient is null ? "subscriber.birthDate" : "patient.birthDate";
        if (born > first)
        {
            Report(findings, field, null, $"The patient's birth date {born:yyyy-MM-dd} is after the date of service {first:yyyy-MM-dd}.", "Correct the birth date or the date of service.");
        }
        else if (claim.PatientPerson.AgeOn(first) > 124)
        {
            Report(findings, field, null, $"The birth date {born:yyyy-MM-dd} makes the patient older than 124.", "Correct the birth date.");
        }
    }
}
