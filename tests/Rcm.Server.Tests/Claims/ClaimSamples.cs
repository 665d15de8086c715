using System.Text.Json.Nodes;

namespace Rcm.Server.Tests.Claims;

/// <summary>
/// Claim bodies for the claims API, judged by the shipped code sets and the example payer rules (Acme Health, ACME1).
/// <see cref="Clean"/> passes every blocking edit; <see cref="ByTechnician"/> is the same ABA session rendered by an RBT
/// without modifier HM, which Acme's PAY102 blocks (docs/rules.md).
/// </summary>
public static class ClaimSamples
{
    /// <summary>A service date inside Acme's 90-day filing limit whenever the test runs.</summary>
    public static string ServiceDate => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Clean(string claimId, string credential = "BCBA", string[]? modifiers = null) => new()
    {
        ["claimId"] = claimId,
        ["kind"] = "Professional",
        ["payerId"] = "ACME1",
        ["payerName"] = "Acme Health",
        ["placeOfService"] = "11",
        ["priorAuthorization"] = "AUTH-778",
        ["totalCharge"] = 240m,
        ["billingProvider"] = new JsonObject
        {
            ["name"] = "Bright Path Behavioral", ["isOrganization"] = true, ["npi"] = "1234567893", ["taxonomyCode"] = "103K00000X",
            ["taxId"] = "123456789",
            ["address"] = new JsonObject { ["line1"] = "100 Main St", ["city"] = "Springfield", ["state"] = "IL", ["postalCode"] = "627010001" },
        },
        ["renderingProvider"] = new JsonObject
        {
            ["name"] = "Rivera", ["firstName"] = "Ana", ["npi"] = "1000000004", ["taxonomyCode"] = "103K00000X", ["credential"] = credential,
        },
        ["subscriber"] = new JsonObject
        {
            ["lastName"] = "Claimsperson", ["firstName"] = "Sam", ["memberId"] = "W123456789", ["birthDate"] = "2018-05-04", ["sex"] = "Male",
            ["address"] = new JsonObject { ["line1"] = "5 Oak Ave", ["city"] = "Springfield", ["state"] = "IL", ["postalCode"] = "62702" },
        },
        ["diagnoses"] = new JsonArray(new JsonObject { ["code"] = "F840", ["role"] = "Principal" }),
        ["lines"] = new JsonArray(new JsonObject
        {
            ["number"] = 1, ["procedureCode"] = "97153", ["units"] = 4, ["charge"] = 240m, ["serviceDate"] = ServiceDate,
            ["diagnosisPointers"] = new JsonArray(1), ["modifiers"] = new JsonArray((modifiers ?? []).Select(m => (JsonNode)m!).ToArray()),
        }),
    };

    public static JsonObject ByTechnician(string claimId) => Clean(claimId, credential: "RBT");

    public static JsonObject Create(JsonObject claim) => new() { ["claim"] = claim };
}
