namespace Rcm.Server.Tests.Support;

/// <summary>Valid request bodies (synthetic data). NPIs pass the Luhn check (vectors from NPI_CHECK_DIGIT.md).</summary>
public static class Samples
{
    public static object Address() => new { line1 = "1 Test Way", city = "Springfield", state = "IL", postalCode = "62701" };

    public static object Location(string name = "Clinic") => new { name, address = Address(), placeOfServiceCode = "11" };

    public static object Provider(string npi = "1234567893") => new { firstName = "Pat", lastName = "Provider", npi, taxonomyCode = "103K00000X", credential = "BCBA" };

    public static object Payer(string code = "P0001") => new { name = "Test Payer", payerCode = code, planTypes = new[] { "Commercial" } };

    public static object Patient(string first = "Casey", string last = "Testcase", string birthDate = "2015-04-05") =>
        new { firstName = first, lastName = last, birthDate, sex = "Female" };

    public static object Coverage(long payerId, string memberId = "MEM123") =>
        new { payerId, memberId, planType = "Commercial", relationship = "Self", effectiveFrom = "2026-01-01", order = 1 };

    public static object Appointment(long patientId, long providerId, long locationId, long? coverageId = null) =>
        new { patientId, providerId, locationId, coverageId, startsAt = "2026-12-01T15:00:00Z", durationMinutes = 60, serviceCode = "97153" };
}
