using System.Net;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>Contract of /api/v1: problem details for every error, idempotency, pagination, roles. Runs on SQLite and PostgreSQL.</summary>
public abstract class ApiBehaviourTests<TFixture>(TFixture f) where TFixture : PlatformFixture
{
    [Fact]
    public async Task Creates_a_patient_and_reads_it_back()
    {
        var admin = f.Client(f.Alpha);
        var (created, body) = await admin.PostAsync("/api/v1/patients", Samples.Patient("Robin", "Readback"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/patients/{body.Id()}", created.Headers.Location?.OriginalString);
        var (read, got) = await admin.GetJsonAsync($"/api/v1/patients/{body.Id()}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Readback", (string?)got!["lastName"]);
        Assert.Equal("2015-04-05", (string?)got["birthDate"]);
    }

    [Theory]
    [InlineData("/api/v1/providers", """{"firstName":"A","lastName":"B","npi":"1234567890","taxonomyCode":"103K00000X","credential":"BCBA"}""", "npi")]
    [InlineData("/api/v1/providers", """{"firstName":"A","lastName":"B","npi":"123456789","taxonomyCode":"103K00000X","credential":"BCBA"}""", "npi")]
    [InlineData("/api/v1/providers", """{"firstName":"A","lastName":"B","npi":"12345678AB","taxonomyCode":"103K00000X","credential":"BCBA"}""", "npi")]
    [InlineData("/api/v1/patients", """{"firstName":"A","lastName":"B","birthDate":"2020-13-01"}""", "birthDate")]
    [InlineData("/api/v1/patients", """{"firstName":"A","lastName":"B","birthDate":"01/02/2020"}""", "birthDate")]
    [InlineData("/api/v1/patients", """{"firstName":"A","lastName":"B","birthDate":"2020-01-01","favouriteColour":"red"}""", "favouriteColour")]
    [InlineData("/api/v1/patients", """{"firstName":"A","lastName":"B","birthDate":"2020-01-01","sex":"Sometimes"}""", "sex")]
    [InlineData("/api/v1/patients", """{"lastName":"B","birthDate":"2020-01-01"}""", "firstName")]
    [InlineData("/api/v1/patients", """{"firstName":"A","lastName":"B","birthDate":"2999-01-01"}""", "birthDate")]
    [InlineData("/api/v1/locations", """{"name":"X","address":{"line1":"1 A","city":"C","state":"Illinois","postalCode":"62701"},"placeOfServiceCode":"11"}""", "address.state")]
    [InlineData("/api/v1/locations", """{"name":"X","address":{"line1":"1 A","city":"C","state":"IL","postalCode":"62701","county":"Sangamon"},"placeOfServiceCode":"11"}""", "address.county")]
    [InlineData("/api/v1/appointments", """{"patientId":1,"providerId":1,"locationId":1,"startsAt":"tomorrow","durationMinutes":60}""", "startsAt")]
    public async Task Rejects_bad_input_with_400_naming_the_field(string path, string json, string field)
    {
        var (response, body) = await f.Client(f.Alpha).PostAsync(path, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int?)body!["status"]);
        Assert.NotNull(body["errors"]?[field]);
    }

    [Theory]
    [InlineData("{\"firstName\":")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    public async Task Rejects_malformed_json_with_problem_details(string json)
    {
        var (response, body) = await f.Client(f.Alpha).PostAsync("/api/v1/patients", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((string?)body!["detail"]));
    }

    [Fact]
    public async Task Rejects_an_oversized_body_with_413()
    {
        var big = "{\"firstName\":\"" + new string('a', 200_000) + "\",\"lastName\":\"B\",\"birthDate\":\"2020-01-01\"}";
        var (response, body) = await f.Client(f.Alpha).PostAsync("/api/v1/patients", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (int?)body!["status"]);
    }

    [Theory]
    [InlineData("/api/v1/patients/999999")]
    [InlineData("/api/v1/coverages/999999")]
    [InlineData("/api/v1/appointments/999999")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Unknown_ids_are_404_problem_details(string path)
    {
        var (response, body) = await f.Client(f.Alpha).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int?)body!["status"]);
    }

    [Fact]
    public async Task An_illegal_transition_is_409_and_a_legal_one_records_an_event()
    {
        var admin = f.Client(f.Alpha);
        var d = await PracticeData.SeedAsync(admin, "Trans");
        var (complete, problem) = await admin.PostAsync($"/api/v1/appointments/{d.AppointmentId}/complete", "{}");
        Assert.Equal(HttpStatusCode.Conflict, complete.StatusCode);
        Assert.Contains("Scheduled", (string?)problem!["detail"]);
        // Gate 1: this visit has no verified coverage (the test payer has no connection), so it is declared self-pay first.
        var (refused, _) = await admin.PostAsync($"/api/v1/appointments/{d.AppointmentId}/check-in", "{}");
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        await admin.PostAsync($"/api/v1/appointments/{d.AppointmentId}/eligibility/self-pay", "{\"reason\":\"patient pays at the desk\"}");
        var (checkIn, appt) = await admin.PostAsync($"/api/v1/appointments/{d.AppointmentId}/check-in", "{}");
        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal("CheckedIn", (string?)appt!["status"]);
        var (_, audit) = await f.Client(f.Alpha, Roles.Auditor).GetJsonAsync($"/api/v1/audit?entityType=appointment&entityId={d.AppointmentId}");
        var actions = audit!["items"]!.AsArray().Select(e => (string?)e!["action"]).ToList();
        Assert.Contains("appointment.scheduled", actions);
        Assert.Contains("appointment.checked_in", actions);
    }

    [Fact]
    public async Task A_coverage_for_an_unknown_payer_is_422_naming_payerId()
    {
        var admin = f.Client(f.Alpha);
        var patient = (await admin.PostAsync("/api/v1/patients", Samples.Patient())).Body.Id();
        var (response, body) = await admin.PostAsync($"/api/v1/patients/{patient}/coverages", Samples.Coverage(987654));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.NotNull(body!["errors"]?["payerId"]);
    }

    [Fact]
    public async Task Same_idempotency_key_and_body_replays_the_first_result()
    {
        var admin = f.Client(f.Alpha);
        var key = Guid.NewGuid().ToString();
        var (first, a) = await admin.PostAsync("/api/v1/patients", Samples.Patient("Idem", "Potent"), key);
        var (second, b) = await admin.PostAsync("/api/v1/patients", Samples.Patient("Idem", "Potent"), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(a.Id(), b.Id());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = f.OpenDb();
        Assert.Equal(1, db.Patients.Count(p => p.PracticeId == f.Alpha.Id && p.LastName == "Potent"));
    }

    [Fact]
    public async Task Same_idempotency_key_with_another_body_is_422()
    {
        var admin = f.Client(f.Alpha);
        var key = Guid.NewGuid().ToString();
        await admin.PostAsync("/api/v1/patients", Samples.Patient("Idem", "One"), key);
        var (response, body) = await admin.PostAsync("/api/v1/patients", Samples.Patient("Idem", "Two"), key);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal(422, (int?)body!["status"]);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_idempotency_key_create_one_row()
    {
        var admin = f.Client(f.Alpha);
        var key = Guid.NewGuid().ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.PostAsync("/api/v1/patients", Samples.Patient("Race", "Condition"), key)));
        Assert.All(results, r => Assert.Contains(r.Response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(results.Where(r => r.Response.StatusCode == HttpStatusCode.Created).Select(r => r.Body.Id()).Distinct());
        await using var db = f.OpenDb();
        Assert.Equal(1, db.Patients.Count(p => p.PracticeId == f.Alpha.Id && p.LastName == "Condition"));
    }

    [Fact]
    public async Task Idempotency_keys_are_per_practice()
    {
        var key = Guid.NewGuid().ToString();
        var (a, _) = await f.Client(f.Alpha).PostAsync("/api/v1/locations", Samples.Location("Shared key A"), key);
        var (b, _) = await f.Client(f.Beta).PostAsync("/api/v1/locations", Samples.Location("Shared key B"), key);
        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
    }

    [Fact]
    public async Task Cursor_pages_walk_every_row_once()
    {
        var admin = f.Client(f.Beta);
        var created = new List<long>();
        for (var i = 0; i < 5; i++) created.Add((await admin.PostAsync("/api/v1/payers", Samples.Payer("PG" + i))).Body.Id());
        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var (response, page) = await admin.GetJsonAsync("/api/v1/payers?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(page!["items"]!.AsArray().Select(x => x.Id()));
            cursor = (string?)page["nextCursor"];
            pages++;
        } while (cursor is not null && pages < 50);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), created.ToHashSet());
        Assert.True(pages >= 3);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000", "limit")]
    public async Task Bad_paging_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var (response, body) = await f.Client(f.Alpha).GetJsonAsync("/api/v1/patients?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]?[field]);
    }

    [Theory]
    [InlineData(Roles.FrontDesk, "POST", "/api/v1/providers", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Coder, "POST", "/api/v1/patients", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Auditor, "GET", "/api/v1/patients", HttpStatusCode.Forbidden)]
    [InlineData(Roles.FrontDesk, "GET", "/api/v1/audit", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Auditor, "GET", "/api/v1/audit", HttpStatusCode.OK)]
    [InlineData(Roles.Coder, "GET", "/api/v1/patients", HttpStatusCode.OK)]
    [InlineData(Roles.FrontDesk, "POST", "/api/v1/patients", HttpStatusCode.Created)]
    [InlineData(Roles.BillingLead, "POST", "/api/v1/providers", HttpStatusCode.Created)]
    public async Task Roles_are_enforced_per_endpoint(string role, string method, string path, HttpStatusCode expected)
    {
        object? body = method == "POST" ? path.EndsWith("providers", StringComparison.Ordinal) ? Samples.Provider() : Samples.Patient() : null;
        var (response, _) = await f.Client(f.Alpha, role).SendAsync(new HttpMethod(method), path, body);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rcm_deadbeef_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-key")]
    public async Task Missing_or_wrong_keys_are_401_problem_details(string? key)
    {
        var (response, body) = await f.Client(key).GetJsonAsync("/api/v1/patients");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (int?)body!["status"]);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        await using var db = f.OpenDb();
        var key = await ApiKeyIssuer.CreateAsync(db, f.Alpha.Id, Roles.Biller, "to revoke", TimeProvider.System, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await f.Client(key).GetJsonAsync("/api/v1/patients")).Response.StatusCode);
        var prefix = key.Split('_')[1];
        db.ApiKeys.Single(k => k.Prefix == prefix).Revoke(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await f.Client(key).GetJsonAsync("/api/v1/patients")).Response.StatusCode);
    }

    [Fact]
    public async Task Payer_secrets_are_encrypted_at_rest_and_never_returned()
    {
        var admin = f.Client(f.Alpha);
        var payer = (await admin.PostAsync("/api/v1/payers", Samples.Payer("SECRET1"))).Body.Id();
        const string secret = "portal-password-MARKER-4711";
        var (response, body) = await admin.PutAsync($"/api/v1/payers/{payer}/connectivity",
            new { mode = "Portal", endpoint = "https://portal.example.test/login", username = "billing", secret });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool?)body!["hasSecret"]);
        Assert.DoesNotContain("MARKER", body.ToJsonString(), StringComparison.Ordinal);
        await using var db = f.OpenDb();
        var stored = db.Payers.Single(p => p.Id == payer).ProtectedSecret!;
        Assert.DoesNotContain("MARKER", stored, StringComparison.Ordinal);
        var protector = f.App.Services.GetRequiredService<Security.SecretProtector>();
        Assert.Equal(secret, protector.Unprotect(stored));
    }

    [Fact]
    public async Task A_work_item_is_listed_by_queue_resolved_once_and_then_409()
    {
        long id;
        await using (var db = f.OpenDb())
        {
            var item = new Rcm.Core.WorkQueues.WorkItem(f.Beta.Id, "coding", "COD001", "Diagnosis pointer missing", "Point line 1 at a diagnosis", "appointment", 1, DateTimeOffset.UtcNow);
            db.WorkItems.Add(item);
            await db.SaveChangesAsync();
            id = item.Id;
        }
        var coder = f.Client(f.Beta, Roles.Coder);
        var (_, page) = await coder.GetJsonAsync("/api/v1/work-items?queue=coding&status=Open");
        Assert.Contains(page!["items"]!.AsArray(), i => i.Id() == id);
        var (first, resolved) = await coder.PostAsync($"/api/v1/work-items/{id}/resolve", "{}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Resolved", (string?)resolved!["status"]);
        var (second, _) = await coder.PostAsync($"/api/v1/work-items/{id}/resolve", "{}");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Openapi_document_lists_the_api()
    {
        var (response, doc) = await f.Client((string?)null).GetJsonAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = doc!["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var p in new[] { "/api/v1/patients", "/api/v1/patients/{id}", "/api/v1/patients/{patientId}/coverages", "/api/v1/providers", "/api/v1/payers",
                     "/api/v1/locations", "/api/v1/appointments", "/api/v1/audit", "/api/v1/practice" })
            Assert.Contains(p, paths);
        var (scalar, _) = await f.Client((string?)null).GetJsonAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }
}

public sealed class SqliteApiBehaviourTests(SqlitePlatform f) : ApiBehaviourTests<SqlitePlatform>(f), IClassFixture<SqlitePlatform>;

public sealed class PostgresApiBehaviourTests(PostgresPlatform f) : ApiBehaviourTests<PostgresPlatform>(f), IClassFixture<PostgresPlatform>;
