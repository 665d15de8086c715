using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Documentation;

/// <summary>An ABA visit (97153) by a BCBA, created through the API, for a payer with the given code (demo-medicaid has an overlay).</summary>
public sealed record AbaVisit(long VisitId, long ProviderId, string PayerCode)
{
    /// <summary>Every field of the ABA template (and the demo-medicaid overlay) filled consistently: 2 hours, 8 units.</summary>
    public static Dictionary<string, string?> CompleteValues(bool medicaid)
    {
        var values = new Dictionary<string, string?>
        {
            ["service_code"] = "97153", ["diagnosis"] = "F84.0", ["session_start"] = "09:00", ["session_end"] = "11:00", ["session_minutes"] = "120",
            ["units"] = "8", ["place_of_service"] = "12", ["delivery"] = "in_person",
            ["targets_addressed"] = "Manding; transitions", ["session_summary"] = "Met 4 of 5 targets.",
        };
        if (medicaid)
        {
            values["treatment_plan_id"] = "TP-2026-01";
            values["supervising_provider_id"] = "BCBA on site";
        }

        return values;
    }

    public static async Task<AbaVisit> CreateAsync(HttpClient admin, string payerCode, string npi = "1234567893")
    {
        var location = (await admin.PostAsync("/api/v1/locations", Samples.Location("Doc office " + payerCode))).Body.Id();
        var provider = (await admin.PostAsync("/api/v1/providers", Samples.Provider(npi))).Body.Id();
        var payer = (await admin.PostAsync("/api/v1/payers", Samples.Payer(payerCode))).Body.Id();
        var patient = (await admin.PostAsync("/api/v1/patients", Samples.Patient("Docfirst", "Doclast" + payerCode.Replace("-", "", StringComparison.Ordinal)))).Body.Id();
        var coverage = (await admin.PostAsync($"/api/v1/patients/{patient}/coverages", Samples.Coverage(payer, "M" + payerCode))).Body.Id();
        var visit = (await admin.PostAsync("/api/v1/appointments", Samples.Appointment(patient, provider, location, coverage))).Body.Id();
        return new AbaVisit(visit, provider, payerCode);
    }
}
