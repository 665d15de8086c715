namespace Rcm.Core.Eligibility;

/// <summary>
/// AAA03 reject reason codes (X12 code list used by 005010X279A1 AAA) in plain words, each with the fix the front
/// desk can act on. Facts from the X279A1 AAA03 code list; the wording is ours.
/// </summary>
public static class RejectionCatalog
{
    private static readonly Dictionary<string, (string Words, string Fix)> Codes = new(StringComparer.Ordinal)
    {
        ["04"] = ("Too many inquiries at once", "try again in a few minutes"),
        ["15"] = ("Required information is missing", "complete the member id, name and birth date and check again"),
        ["41"] = ("Our provider is not authorized to ask this payer", "check the practice's enrolment with the payer"),
        ["42"] = ("The payer cannot answer right now", "try again later, or call the payer"),
        ["43"] = ("Our provider id is not valid for this payer", "check the billing NPI on file with the payer"),
        ["45"] = ("Provider specialty is not accepted", "check the rendering provider's taxonomy"),
        ["47"] = ("Provider state is not accepted", "check the location on file"),
        ["48"] = ("Referring provider id is not valid", "check the referring provider"),
        ["51"] = ("Provider not on the payer's file", "check the practice's enrolment with the payer"),
        ["56"] = ("The visit date is out of range", "check the appointment date"),
        ["57"] = ("The date of service is invalid", "check the appointment date"),
        ["58"] = ("The birth date is invalid", "check the birth date on the card and in the chart"),
        ["60"] = ("The date of birth is after the date of service", "check the birth date"),
        ["62"] = ("The date of service is in the future", "check again on the day of the visit"),
        ["63"] = ("The date of service is before the birth date", "check the birth date"),
        ["64"] = ("The patient's id is not valid", "check the card: the patient may have their own member id"),
        ["65"] = ("The patient's name does not match the payer's records", "check the card: spell the patient's name as it is printed"),
        ["66"] = ("The patient's gender does not match", "check the patient's sex in the chart"),
        ["67"] = ("The patient is not found", "check the card and the subscriber's details"),
        ["68"] = ("The patient appears more than once at the payer", "add the member id suffix or call the payer"),
        ["69"] = ("Inquiry is a duplicate", "use the earlier answer"),
        ["70"] = ("Member id is not valid for this payer", "check the card: the member id may be from another plan"),
        ["71"] = ("Birth date does not match the payer's records", "check the birth date on the card and in the chart"),
        ["72"] = ("Member id is not valid", "check the card: re-enter the member id exactly as printed"),
        ["73"] = ("Name does not match the payer's records", "check the card: spell the name as it is printed"),
        ["74"] = ("Subscriber's gender does not match", "check the subscriber's sex"),
        ["75"] = ("Member id not found", "check the card"),
        ["76"] = ("Member appears more than once at the payer", "add the member id suffix or call the payer"),
        ["77"] = ("Subscriber found, but the patient is not on the policy", "check the card and the relationship to the subscriber"),
        ["78"] = ("Subscriber/insured not in the group or plan named", "check the group number on the card"),
        ["79"] = ("Payer not recognized", "check the payer selected for this coverage"),
        ["80"] = ("No response from the payer's system", "try again later"),
        ["97"] = ("The service type is not valid", "check the visit's service"),
        ["T4"] = ("The payer name or id is missing", "select the payer for this coverage"),
    };

    public static EligibilityRejection Translate(string? code)
    {
        string c = code ?? "";
        return Codes.TryGetValue(c, out var t)
            ? new EligibilityRejection(c, t.Words, t.Fix)
            : new EligibilityRejection(c, $"The payer rejected the inquiry (reason {(c.Length == 0 ? "not given" : c)})", "check the card details and call the payer if it persists");
    }
}
