using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>
/// Seeds recognisable PHI, drives the API through successes and failures (bad JSON that contains the PHI, unknown
/// fields, conflicts, 404s), then scans everything the host logged. SQLite and PostgreSQL.
/// </summary>
public abstract class NoPhiInLogsTests<TFixture>(TFixture f) where TFixture : PlatformFixture
{
    private static readonly string[] Phi = ["Zebulon", "Quixotic-Marsh", "1977-07-17", "MBRZX98765", "GRPZX4321", "zeb.q@example.test", "555-0142"];

    [Fact]
    public async Task Nothing_the_api_logs_contains_patient_data()
    {
        var admin = f.Client(f.Alpha);
        var payer = (await admin.PostAsync("/api/v1/payers", Samples.Payer("PHIPAYER"))).Body.Id();
        var patientBody = new { firstName = "Zebulon", lastName = "Quixotic-Marsh", birthDate = "1977-07-17", sex = "Male", phone = "555-0142", email = "zeb.q@example.test" };
        var patient = (await admin.PostAsync("/api/v1/patients", patientBody, "phi-key-1")).Body.Id();
        await admin.PostAsync("/api/v1/patients", patientBody, "phi-key-1");
        await admin.PostAsync("/api/v1/patients", new { firstName = "Zebulon", lastName = "Other", birthDate = "1977-07-17" }, "phi-key-1");
        var coverage = new { payerId = payer, memberId = "MBRZX98765", groupNumber = "GRPZX4321", planType = "Commercial", relationship = "Self", effectiveFrom = "2026-01-01", order = 1 };
        await admin.PostAsync($"/api/v1/patients/{patient}/coverages", coverage);
        await admin.GetJsonAsync($"/api/v1/patients/{patient}");
        await admin.GetJsonAsync($"/api/v1/patients/{patient}/coverages");
        await admin.GetJsonAsync($"/api/v1/patients/{patient}/timeline");
        await admin.GetJsonAsync("/api/v1/patients?q=Quixotic");
        await admin.PutAsync($"/api/v1/patients/{patient}", patientBody);
        // Failures whose input carries PHI.
        await admin.PostAsync("/api/v1/patients", "{\"firstName\":\"Zebulon\",\"lastName\":\"Quixotic-Marsh\",\"birthDate\":\"1977-07-17\"");
        await admin.PostAsync("/api/v1/patients", "{\"firstName\":\"Zebulon\",\"lastName\":\"Quixotic-Marsh\",\"birthDate\":\"1977-07-17x\"}");
        await admin.PostAsync("/api/v1/patients", "{\"firstName\":\"Zebulon\",\"Quixotic-Marsh\":1,\"birthDate\":\"1977-07-17\"}");
        await admin.PostAsync($"/api/v1/patients/{patient}/coverages", coverage with { payerId = 424242L });
        await admin.PostAsync($"/api/v1/patients/{patient}/coverages", "{\"memberId\":\"MBRZX98765\",\"payerId\":\"MBRZX98765\"}");
        await f.Client("rcm_zebulon1_MBRZX98765MBRZX98765MBRZX98765").GetJsonAsync("/api/v1/patients?q=Zebulon");

        Assert.NotEmpty(f.Logs.Lines);
        var leaks = f.Logs.Lines.Where(l => Phi.Any(p => l.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "PHI in logs:\n" + string.Join("\n", leaks.Take(5)));
    }
}

public sealed class SqliteNoPhiInLogsTests(SqlitePlatform f) : NoPhiInLogsTests<SqlitePlatform>(f), IClassFixture<SqlitePlatform>;

public sealed class PostgresNoPhiInLogsTests(PostgresPlatform f) : NoPhiInLogsTests<PostgresPlatform>(f), IClassFixture<PostgresPlatform>;
