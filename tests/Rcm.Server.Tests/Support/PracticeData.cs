namespace Rcm.Server.Tests.Support;

/// <summary>One of each resource created through the API in one practice; names carry a recognisable tag.</summary>
public sealed record PracticeData(long LocationId, long ProviderId, long PayerId, long PatientId, long CoverageId, long AppointmentId,
    string PatientFirst, string PatientLast, string MemberId, string PayerCode)
{
    public static async Task<PracticeData> SeedAsync(HttpClient admin, string tag)
    {
        var location = (await admin.PostAsync("/api/v1/locations", Samples.Location("Office " + tag))).Body.Id();
        var provider = (await admin.PostAsync("/api/v1/providers", Samples.Provider())).Body.Id();
        var payerCode = "PC" + tag;
        var payer = (await admin.PostAsync("/api/v1/payers", Samples.Payer(payerCode))).Body.Id();
        var first = "Firstname" + tag;
        var last = "Lastname" + tag;
        var patient = (await admin.PostAsync("/api/v1/patients", Samples.Patient(first, last))).Body.Id();
        var member = "MBR" + tag;
        var coverage = (await admin.PostAsync($"/api/v1/patients/{patient}/coverages", Samples.Coverage(payer, member))).Body.Id();
        var appointment = (await admin.PostAsync("/api/v1/appointments", Samples.Appointment(patient, provider, location, coverage))).Body.Id();
        return new PracticeData(location, provider, payer, patient, coverage, appointment, first, last, member, payerCode);
    }
}
