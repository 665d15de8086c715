using System.Net;
using System.Text.Json.Nodes;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>
/// Walks EVERY operation in the OpenAPI document with practice beta's admin key, aimed at practice alpha's rows,
/// and proves that nothing of alpha's is read or changed. A new endpoint without a sample here fails the test.
/// </summary>
public abstract class TenantIsolationTests<TFixture>(TFixture f) where TFixture : PlatformFixture
{
    [Fact]
    public async Task Another_practice_key_can_neither_read_nor_change_any_row_through_any_endpoint()
    {
        var alpha = f.Client(f.Alpha);
        var a = await PracticeData.SeedAsync(alpha, "Alphaonly");
        long workItem;
        await using (var db = f.OpenDb())
        {
            var item = new Rcm.Core.WorkQueues.WorkItem(f.Alpha.Id, "eligibility", "ELG001", "Alphaonly reason", "Alphaonly fix", "appointment", a.AppointmentId, DateTimeOffset.UtcNow);
            db.WorkItems.Add(item);
            await db.SaveChangesAsync();
            workItem = item.Id;
        }
        var alphaClaim = Claims.ClaimSamples.ByTechnician("ALPHACLAIM1");
        alphaClaim["subscriber"]!["lastName"] = "Alphaclaimperson";
        var (_, claimBody) = await alpha.PostAsync("/api/v1/claims", Claims.ClaimSamples.Create(alphaClaim));
        var claim = claimBody.Id();
        await alpha.PutAsync($"/api/v1/payers/{a.PayerId}/connectivity", new { mode = "Sandbox", endpoint = "http://127.0.0.1:5081/payers/A" });
        var before = await SnapshotAsync(alpha, a, claim);

        var (_, doc) = await f.Client((string?)null).GetJsonAsync("/openapi/v1.json");
        var operations = doc!["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key.ToUpperInvariant(), Op: m.Value!)))
            .ToList();
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations in the OpenAPI document");

        var beta = f.Client(f.Beta);
        var forbidden = new[] { "Alphaonly reason", a.PatientFirst, a.PatientLast, a.MemberId, a.PayerCode, "Office Alphaonly", "alpha clinic", "Alphaclaimperson", "apikey:" + f.Alpha.Keys[Roles.Admin].Split('_')[1] };
        var walked = new List<string>();
        foreach (var (path, method, op) in operations)
        {
            var url = Fill(path, a, workItem, claim) + Query(path, a);
            object? body = op["requestBody"] is null ? null : BodyFor(method, path, a, claim)
                ?? throw new Xunit.Sdk.XunitException($"No sample body for {method} {path}: add one to {nameof(TenantIsolationTests<TFixture>)}.{nameof(BodyFor)}");
            var (response, json) = await beta.SendAsync(new HttpMethod(method), url, body);
            var text = json?.ToJsonString() ?? "";
            foreach (var s in forbidden)
                Assert.False(text.Contains(s, StringComparison.Ordinal), $"{method} {url} returned alpha's data ({s}): {text}");
            var targetsAlphaRow = path.Contains('{', StringComparison.Ordinal);
            if (targetsAlphaRow)
                Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"{method} {url} with beta's key gave {(int)response.StatusCode}, expected 404");
            else
                Assert.True((int)response.StatusCode is (>= 200 and < 300) or 422, $"{method} {url} gave {(int)response.StatusCode}");
            walked.Add($"{method} {path}");
        }

        var after = await SnapshotAsync(alpha, a, claim);
        Assert.Equal(before, after);
        Assert.Equal(operations.Count, walked.Count);
    }

    /// <summary>Alpha's rows as alpha sees them, to prove that nothing changed.</summary>
    private static async Task<string> SnapshotAsync(HttpClient alpha, PracticeData a, long claim)
    {
        var parts = new List<string>();
        foreach (var path in new[] { $"/api/v1/patients/{a.PatientId}", $"/api/v1/coverages/{a.CoverageId}", $"/api/v1/appointments/{a.AppointmentId}",
                     $"/api/v1/providers/{a.ProviderId}", $"/api/v1/payers/{a.PayerId}", $"/api/v1/locations/{a.LocationId}",
                     "/api/v1/patients?limit=200", $"/api/v1/patients/{a.PatientId}/coverages", "/api/v1/practice", "/api/v1/work-items", $"/api/v1/claims/{claim}" })
        {
            var (response, json) = await alpha.GetJsonAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            parts.Add(path + " " + json!.ToJsonString());
        }
        return string.Join('\n', parts);
    }

    private static string Fill(string template, PracticeData a, long workItem, long claim)
    {
        if (!template.Contains('{', StringComparison.Ordinal)) return template;
        long IdFor(string t) => t switch
        {
            _ when t.StartsWith("/api/v1/patients", StringComparison.Ordinal) => a.PatientId,
            _ when t.StartsWith("/api/v1/coverages", StringComparison.Ordinal) => a.CoverageId,
            _ when t.StartsWith("/api/v1/appointments", StringComparison.Ordinal) => a.AppointmentId,
            _ when t.StartsWith("/api/v1/providers", StringComparison.Ordinal) => a.ProviderId,
            _ when t.StartsWith("/api/v1/payers", StringComparison.Ordinal) => a.PayerId,
            _ when t.StartsWith("/api/v1/locations", StringComparison.Ordinal) => a.LocationId,
            _ when t.StartsWith("/api/v1/work-items", StringComparison.Ordinal) => workItem,
            _ when t.StartsWith("/api/v1/claims", StringComparison.Ordinal) => claim,
            _ => throw new Xunit.Sdk.XunitException("No alpha row for " + t),
        };
        return template.Replace("{id}", IdFor(template).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{patientId}", a.PatientId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{line}", "1", StringComparison.Ordinal);
    }

    /// <summary>Filters that point at alpha's rows on list endpoints.</summary>
    private static string Query(string path, PracticeData a) => path switch
    {
        "/api/v1/appointments" => $"?patientId={a.PatientId}",
        "/api/v1/audit" => $"?entityType=patient&entityId={a.PatientId}",
        "/api/v1/patients" => "?q=" + a.PatientLast,
        _ => "",
    };

    /// <summary>A valid body for each operation that takes one, referencing alpha's rows wherever it can.</summary>
    private static object? BodyFor(string method, string path, PracticeData a, long claim) => (method, path) switch
    {
        ("POST", "/api/v1/locations") or ("PUT", "/api/v1/locations/{id}") => Samples.Location("Beta office"),
        ("POST", "/api/v1/providers") or ("PUT", "/api/v1/providers/{id}") => Samples.Provider(),
        ("POST", "/api/v1/payers") or ("PUT", "/api/v1/payers/{id}") => Samples.Payer("BETA1"),
        ("PUT", "/api/v1/payers/{id}/connectivity") => new { mode = "Portal", endpoint = "https://evil.example.test", secret = "x" },
        ("POST", "/api/v1/patients") or ("PUT", "/api/v1/patients/{id}") => Samples.Patient("Beta", "Person"),
        ("POST", "/api/v1/patients/{patientId}/coverages") or ("PUT", "/api/v1/coverages/{id}") => Samples.Coverage(a.PayerId),
        ("POST", "/api/v1/coverages/{id}/terminate") => new { lastDay = "2026-06-30" },
        ("POST", "/api/v1/appointments") or ("PUT", "/api/v1/appointments/{id}") => Samples.Appointment(a.PatientId, a.ProviderId, a.LocationId, a.CoverageId),
        ("POST", _) when path.StartsWith("/api/v1/appointments/{id}/", StringComparison.Ordinal) => new JsonObject(),
        ("POST", "/api/v1/work-items/{id}/resolve") => new JsonObject(),
        ("POST", "/api/v1/claims") => Claims.ClaimSamples.Create(Claims.ClaimSamples.Clean("BETACLAIM1")),
        ("PUT", "/api/v1/claims/{id}/coding") => new { diagnoses = new[] { new { code = "F840", role = "Principal" } } },
        ("PUT", "/api/v1/claims/{id}/lines/{line}/modifiers") => new { modifiers = new[] { "HM" } },
        ("POST", "/api/v1/claims/submit-batch") => new { claimIds = new[] { claim } },
        ("POST", "/api/v1/claims/backtest") => new { outcomes = new[] { new { claimId = claim, outcome = "Denied" } } },
        ("POST", "/api/v1/documentation/definitions") => new JsonObject(),
        // A schedule naming alpha's payer: beta's import cannot see it (422), and nothing of alpha's changes.
        ("POST", "/api/v1/schedule-imports") => System.Text.Json.JsonSerializer.Serialize($"account_number,first_name,last_name,birth_date,payer_code,member_id,relationship,cob_order,provider_npi,location,starts_at\nB1,Beta,Person,1990-01-01,{a.PayerCode},MEM1,Self,1,1234567893,Office Alphaonly,2026-12-01T15:00:00Z\n"),
        _ => null,
    };
}

public sealed class SqliteTenantIsolationTests(SqlitePlatform f) : TenantIsolationTests<SqlitePlatform>(f), IClassFixture<SqlitePlatform>;

public sealed class PostgresTenantIsolationTests(PostgresPlatform f) : TenantIsolationTests<PostgresPlatform>(f), IClassFixture<PostgresPlatform>;
