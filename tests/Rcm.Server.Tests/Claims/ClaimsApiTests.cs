using System.Net;
using System.Text.Json.Nodes;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Claims;

/// <summary>Gate 3 through the API: a blocked claim is refused (single and batch), a clean one is queued, changes re-validate.</summary>
public abstract class ClaimsApiTests<TFixture>(TFixture f) where TFixture : ClaimsPlatform
{
    private static string NewId() => "C" + Guid.NewGuid().ToString("N")[..12];

    private async Task<JsonNode> CreateAsync(HttpClient api, JsonObject claim)
    {
        var (response, body) = await api.PostAsync("/api/v1/claims", ClaimSamples.Create(claim));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create gave {(int)response.StatusCode}: {body?.ToJsonString()}");
        return body!;
    }

    private static string[] BlockingRules(JsonNode claim) =>
        claim["findings"]!.AsArray().Where(x => (string)x!["severity"]! == "block").Select(x => (string)x!["ruleId"]!).ToArray();

    [Fact]
    public async Task A_clean_claim_is_ready_and_submit_queues_it_once()
    {
        var api = f.Client(f.Alpha, Roles.Coder);
        var created = await CreateAsync(api, ClaimSamples.Clean(NewId()));
        Assert.True((string)created["status"]! == "ready", created.ToJsonString());
        Assert.Empty(BlockingRules(created));

        var (ok, queued) = await api.PostAsync($"/api/v1/claims/{created.Id()}/submit", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("queued_for_submission", (string)queued!["status"]!);

        var (again, problem) = await api.PostAsync($"/api/v1/claims/{created.Id()}/submit", new JsonObject());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(409, (int)problem!["status"]!);
        var (edit, _) = await api.PutAsync($"/api/v1/claims/{created.Id()}/lines/1/modifiers", new { modifiers = new[] { "HO" } });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task Submit_refuses_a_blocked_claim_with_its_findings_and_accepts_it_after_the_modifier_is_added()
    {
        var api = f.Client(f.Alpha, Roles.Coder);
        var created = await CreateAsync(api, ClaimSamples.ByTechnician(NewId()));
        Assert.Equal("held", (string)created["status"]!);
        Assert.Contains("PAY102", BlockingRules(created));
        var id = created.Id();

        var (refused, problem) = await api.PostAsync($"/api/v1/claims/{id}/submit", new JsonObject());
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var finding = problem!["findings"]!.AsArray().Single(x => (string)x!["ruleId"]! == "PAY102")!;
        Assert.Equal("Add modifier HM to the line.", (string)finding["fix"]!);
        Assert.Equal(1, (int)finding["lineNumber"]!);

        var (queue, page) = await api.GetJsonAsync("/api/v1/claims/coding-queue");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains(page!["items"]!.AsArray(), c => c!.Id() == id);
        var (_, items) = await api.GetJsonAsync("/api/v1/work-items?queue=coding&status=Open");
        Assert.Contains(items!["items"]!.AsArray(), w => (long)w!["subjectId"]! == id && (string)w["code"]! == "PAY102");

        var (fixedResponse, fixedClaim) = await api.PutAsync($"/api/v1/claims/{id}/lines/1/modifiers", new { modifiers = new[] { "HM" } });
        Assert.Equal(HttpStatusCode.OK, fixedResponse.StatusCode);
        Assert.True((string)fixedClaim!["status"]! == "ready", fixedClaim.ToJsonString());
        Assert.DoesNotContain("PAY102", BlockingRules(fixedClaim));
        var (_, after) = await api.GetJsonAsync("/api/v1/work-items?queue=coding&status=Open");
        Assert.DoesNotContain(after!["items"]!.AsArray(), w => (long)w!["subjectId"]! == id);

        var (accepted, queued) = await api.PostAsync($"/api/v1/claims/{id}/submit", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("queued_for_submission", (string)queued!["status"]!);
        var kinds = queued["events"]!.AsArray().Select(e => (string)e!["kind"]!).ToArray();
        Assert.Contains("submit_refused", kinds);
        Assert.Equal("queued_for_submission", kinds[^1]);
    }

    [Fact]
    public async Task Changing_the_lines_re_validates_the_claim_both_ways()
    {
        var api = f.Client(f.Alpha, Roles.Coder);
        var clean = ClaimSamples.Clean(NewId());
        var created = await CreateAsync(api, clean);
        Assert.Equal("ready", (string)created["status"]!);

        var technicianLines = ClaimSamples.ByTechnician("x")["lines"]!.DeepClone();
        var withBadDiagnosis = new JsonArray(new JsonObject { ["code"] = "F84", ["role"] = "Principal" }); // a header code, not billable
        var (changed, held) = await api.PutAsync($"/api/v1/claims/{created.Id()}/coding", new { diagnoses = withBadDiagnosis, lines = technicianLines });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("held", (string)held!["status"]!);
        Assert.NotEmpty(BlockingRules(held));

        var (restored, ready) = await api.PutAsync($"/api/v1/claims/{created.Id()}/coding", new { diagnoses = clean["diagnoses"]!.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.True((string)ready!["status"]! == "ready", ready.ToJsonString());
    }

    [Fact]
    public async Task Batch_submit_holds_blocked_claims_back_and_queues_the_rest()
    {
        var api = f.Client(f.Alpha, Roles.Biller);
        var clean = (await CreateAsync(api, ClaimSamples.Clean(NewId()))).Id();
        var blocked = (await CreateAsync(api, ClaimSamples.ByTechnician(NewId()))).Id();

        var (response, result) = await api.PostAsync("/api/v1/claims/submit-batch", new { claimIds = new[] { clean, blocked, 999_999_999L } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([clean], result!["queued"]!.AsArray().Select(x => (long)x!).ToArray());
        var held = Assert.Single(result["held"]!.AsArray())!;
        Assert.Equal(blocked, (long)held["claimId"]!);
        Assert.Contains(held["findings"]!.AsArray(), x => (string)x!["ruleId"]! == "PAY102");
        Assert.Equal([999_999_999L], result["notFound"]!.AsArray().Select(x => (long)x!).ToArray());

        var (_, stillHeld) = await api.GetJsonAsync($"/api/v1/claims/{blocked}");
        Assert.Equal("held", (string)stillHeld!["status"]!);
    }

    [Fact]
    public async Task Backtest_counts_denials_the_rules_would_have_stopped_and_paid_claims_they_would_have_blocked()
    {
        var api = f.Client(f.Beta, Roles.BillingLead); // its own practice, so other tests' claims do not count
        var deniedBlocked = (await CreateAsync(api, ClaimSamples.ByTechnician(NewId()))).Id();
        var paidBlocked = (await CreateAsync(api, ClaimSamples.ByTechnician(NewId()))).Id();
        var paidClean = (await CreateAsync(api, ClaimSamples.Clean(NewId()))).Id();

        var (response, result) = await api.PostAsync("/api/v1/claims/backtest", new
        {
            outcomes = new object[]
            {
                new { claimId = deniedBlocked, outcome = "Denied" }, new { claimId = paidBlocked, outcome = "Paid" },
                new { claimId = paidClean, outcome = "Paid" }, new { claimId = 123_456_789L, outcome = "Paid" },
            },
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, result?.ToJsonString());
        var report = result!["report"]!;
        Assert.Equal(3, (int)report["claims"]!);
        Assert.Equal(1, (int)report["denialsStopped"]!);
        Assert.Equal(1, (int)report["paidClaimsBlocked"]!);
        Assert.Equal([123_456_789L], result["unknownClaimIds"]!.AsArray().Select(x => (long)x!).ToArray());
    }

    [Fact]
    public async Task Rejects_a_claim_without_lines_naming_the_field()
    {
        var api = f.Client(f.Alpha, Roles.Coder);
        var claim = ClaimSamples.Clean(NewId());
        claim["lines"] = new JsonArray();
        var (response, problem) = await api.PostAsync("/api/v1/claims", ClaimSamples.Create(claim));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem!["errors"]!["claim.lines"]);
    }
}

public sealed class SqliteClaimsApiTests(ClaimsSqlitePlatform f) : ClaimsApiTests<ClaimsSqlitePlatform>(f), IClassFixture<ClaimsSqlitePlatform>;

public sealed class PostgresClaimsApiTests(ClaimsPostgresPlatform f) : ClaimsApiTests<ClaimsPostgresPlatform>(f), IClassFixture<ClaimsPostgresPlatform>;
