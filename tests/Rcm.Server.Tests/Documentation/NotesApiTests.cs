using System.Net;
using System.Text.Json.Nodes;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Documentation;

/// <summary>
/// The documentation API end to end on a real database: templates with the payer's overlay, start, values, sign refused
/// with DOC findings (and routed to the provider's queue), sign, immutability, amend, gate 2, the report, publishing.
/// </summary>
public abstract class NotesApiTests<TFixture>(TFixture f) where TFixture : PlatformFixture
{
    private static int _payerSeq;

    private static string NewPayer(string prefix) => $"{prefix}-{Interlocked.Increment(ref _payerSeq)}";

    [Fact]
    public async Task Templates_for_a_visit_apply_the_overlay_of_its_payer_and_suggest_the_visits_service_line()
    {
        var admin = f.Client(f.Alpha);
        var medicaid = await AbaVisit.CreateAsync(admin, "demo-medicaid");
        var other = await AbaVisit.CreateAsync(admin, NewPayer("plain"));

        var (r1, withOverlay) = await admin.GetJsonAsync($"/api/v1/appointments/{medicaid.VisitId}/documentation-templates");
        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        var aba = withOverlay!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "aba-therapy")!;
        Assert.True(aba["suggested"]!.GetValue<bool>());
        Assert.Equal("demo-medicaid-aba", aba["overlayId"]!.GetValue<string>());
        Assert.Contains(aba["fields"]!.AsArray(), fld => fld!["id"]!.GetValue<string>() == "treatment_plan_id");

        var (_, plain) = await admin.GetJsonAsync($"/api/v1/appointments/{other.VisitId}/documentation-templates");
        var plainAba = plain!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "aba-therapy")!;
        Assert.Null(plainAba["overlayId"]);
        Assert.DoesNotContain(plainAba["fields"]!.AsArray(), fld => fld!["id"]!.GetValue<string>() == "treatment_plan_id");
    }

    [Fact]
    public async Task Sign_is_refused_with_doc_findings_and_the_note_goes_to_the_providers_queue_then_signs_once_complete()
    {
        var admin = f.Client(f.Alpha);
        var coder = f.Client(f.Alpha, Roles.Coder);
        var v = await AbaVisit.CreateAsync(admin, "demo-medicaid");
        var (started, note) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("aba-therapy", note!["templateId"]!.GetValue<string>());
        Assert.Equal("demo-medicaid-aba", note["overlayId"]!.GetValue<string>());

        var values = AbaVisit.CompleteValues(medicaid: true);
        values.Remove("session_end");
        var (set, _) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var (refused, problem) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var findings = problem!["findings"]!.AsArray();
        Assert.Contains(findings, x => x!["code"]!.GetValue<string>() == "DOC001" && x["field"]!.GetValue<string>() == "session_end");
        Assert.Contains("session_end", problem["errors"]!.AsObject().Select(e => e.Key));

        var (_, items) = await admin.GetJsonAsync("/api/v1/work-items?queue=documentation.provider&status=Open");
        var item = items!["items"]!.AsArray().Single(i => i!["subjectId"]!.GetValue<long>() == v.VisitId)!;
        Assert.Equal("DOC001", item["code"]!.GetValue<string>());
        Assert.Contains("session_end", item["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        var (gateRefused, refusal) = await coder.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/documentation-gate");
        Assert.Equal(HttpStatusCode.OK, gateRefused.StatusCode);
        Assert.False(refusal!["allowed"]!.GetValue<bool>());
        Assert.Contains(refusal["reasons"]!.AsArray(), x => x!["code"]!.GetValue<string>() == "DOC040");

        await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = new Dictionary<string, string> { ["session_end"] = "11:00" } });
        var (signed, signedNote) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("Signed", signedNote!["status"]!.GetValue<string>());
        Assert.Equal(v.ProviderId, signedNote["signedBy"]!.GetValue<long>());

        var (_, openAfter) = await admin.GetJsonAsync("/api/v1/work-items?queue=documentation.provider&status=Open");
        Assert.DoesNotContain(openAfter!["items"]!.AsArray(), i => i!["subjectId"]!.GetValue<long>() == v.VisitId);

        var (_, gate) = await coder.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/documentation-gate");
        Assert.True(gate!["allowed"]!.GetValue<bool>());
        Assert.Equal(8, gate["facts"]!["units"]!.GetValue<decimal>());
        Assert.Equal("F840", gate["facts"]!["diagnoses"]![0]!.GetValue<string>());
        Assert.Equal("TP-2026-01", gate["facts"]!["treatmentPlanId"]!.GetValue<string>());

        // Signed notes never change: editing and signing again are 409, with problem details.
        var (edit, editProblem) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = new Dictionary<string, string> { ["units"] = "9" } });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("amendment", editProblem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var (again, _) = await coder.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Reads and writes of the note are in the audit trail, without values.
        var (_, audit) = await admin.GetJsonAsync($"/api/v1/audit?entityType=visit_note&entityId={v.VisitId}");
        var actions = audit!["items"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("visit_note.started", actions);
        Assert.Contains("visit_note.sign_refused", actions);
        Assert.Contains("visit_note.signed", actions);
        Assert.DoesNotContain("Manding", audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_for_a_credential_that_does_not_permit_the_code_is_refused()
    {
        var admin = f.Client(f.Alpha);
        var v = await AbaVisit.CreateAsync(admin, NewPayer("cred"));
        await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { });
        var values = AbaVisit.CompleteValues(medicaid: false);
        values["service_code"] = "97155"; // protocol modification: BCBA only — the provider is a BCBA, so this passes…
        values["units"] = "8";
        await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values });
        // …but signing as someone other than the rendering provider does not.
        var (r, problem) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { signerProviderId = v.ProviderId + 1000 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains(problem!["findings"]!.AsArray(), x => x!["code"]!.GetValue<string>() == "DOC030");
    }

    [Fact]
    public async Task Amending_a_signed_note_makes_a_new_version_with_the_reason_and_the_gate_waits_for_its_signature()
    {
        var admin = f.Client(f.Alpha);
        var v = await AbaVisit.CreateAsync(admin, NewPayer("amend"));
        await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { templateId = "aba-therapy" });
        var (set, _) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = AbaVisit.CompleteValues(medicaid: false) });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var (signed, first) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);

        var (noReason, reasonProblem) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/amend", new { reason = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.NotNull(reasonProblem!["errors"]!["reason"]);

        var (amended, second) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/amend", new { reason = "Targets clarified" });
        Assert.Equal(HttpStatusCode.Created, amended.StatusCode);
        Assert.Equal(2, second!["version"]!.GetValue<int>());
        Assert.Equal("Draft", second["status"]!.GetValue<string>());
        Assert.Equal("Targets clarified", second["amendment"]!["reason"]!.GetValue<string>());
        Assert.Equal(first!["id"]!.GetValue<string>(), second["amendment"]!["amendsNoteId"]!.GetValue<string>());

        var (_, versions) = await admin.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/note/versions");
        Assert.Equal(["Amended", "Draft"], versions!.AsArray().Select(n => n!["status"]!.GetValue<string>()));
        Assert.Equal("120", versions[0]!["values"]!["session_minutes"]!.GetValue<string>());

        var (_, waiting) = await admin.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/documentation-gate");
        Assert.False(waiting!["allowed"]!.GetValue<bool>());
        await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = new Dictionary<string, string> { ["targets_addressed"] = "Manding; transitions; waiting" } });
        var (resigned, _) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/sign", new { });
        Assert.Equal(HttpStatusCode.OK, resigned.StatusCode);
        var (_, gate) = await admin.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/documentation-gate");
        Assert.True(gate!["allowed"]!.GetValue<bool>());

        // The amendment is audited; the reason stays with the note, not in the audit detail.
        var (_, audit) = await admin.GetJsonAsync($"/api/v1/audit?entityType=visit_note&entityId={v.VisitId}");
        Assert.Contains(audit!["items"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "visit_note.amended");
        Assert.DoesNotContain("Targets clarified", audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_for_fields_the_template_lacks_or_for_the_signature_are_refused_with_422()
    {
        var admin = f.Client(f.Alpha);
        var v = await AbaVisit.CreateAsync(admin, NewPayer("unknown"));
        await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { });
        var (unknown, problem) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = new Dictionary<string, string> { ["treatment_plan_id"] = "TP-1" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("treatment_plan_id", problem!["errors"]!["values"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var (signature, _) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values = new Dictionary<string, string> { ["rendering_signature"] = "me" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, signature.StatusCode);
        var (twice, _) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task Starting_a_note_twice_with_one_idempotency_key_replays_the_first_answer()
    {
        var admin = f.Client(f.Alpha);
        var v = await AbaVisit.CreateAsync(admin, NewPayer("idem"));
        var key = "start-" + v.VisitId;
        var (first, a) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { }, key);
        var (second, b) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { }, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(a!["id"]!.GetValue<string>(), b!["id"]!.GetValue<string>());
        var (_, versions) = await admin.GetJsonAsync($"/api/v1/appointments/{v.VisitId}/note/versions");
        Assert.Single(versions!.AsArray());
    }

    [Fact]
    public async Task Gate_refuses_a_visit_without_a_note()
    {
        var admin = f.Client(f.Alpha);
        var v = await AbaVisit.CreateAsync(admin, NewPayer("none"));
        var (r, gate) = await f.Client(f.Alpha, Roles.Coder).GetJsonAsync($"/api/v1/appointments/{v.VisitId}/documentation-gate");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False(gate!["allowed"]!.GetValue<bool>());
        Assert.Equal("DOC042", gate["reasons"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Report_counts_incomplete_notes_by_provider_and_field()
    {
        var admin = f.Client(f.Beta);
        var v1 = await AbaVisit.CreateAsync(admin, NewPayer("rep"));
        var v2 = await AbaVisit.CreateAsync(admin, NewPayer("rep"), npi: "1245319599");
        foreach (var v in new[] { v1, v2 })
        {
            await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note", new { });
            var values = AbaVisit.CompleteValues(medicaid: false);
            values.Remove("session_end");
            if (v == v2) values.Remove("targets_addressed");
            var (set, _) = await admin.PostAsync($"/api/v1/appointments/{v.VisitId}/note/values", new { values });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var (r, report) = await admin.GetJsonAsync("/api/v1/documentation/report");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var endRow = report!["fields"]!.AsArray().Single(x => x!["fieldId"]!.GetValue<string>() == "session_end")!;
        Assert.Equal(2, endRow["incompleteNotes"]!.GetValue<int>());
        Assert.Equal(2, endRow["providers"]!.GetValue<int>());
        Assert.Contains(report["rows"]!.AsArray(), x => x!["providerId"]!.GetValue<long>() == v2.ProviderId && x["fieldId"]!.GetValue<string>() == "targets_addressed");
        Assert.Contains(report["providers"]!.AsArray(), x => x!["providerId"]!.GetValue<long>() == v1.ProviderId && x["name"]!.GetValue<string>() == "Provider, Pat");
    }

    [Fact]
    public async Task Publishing_a_new_overlay_version_reaches_new_notes_only_and_needs_a_billing_lead()
    {
        var admin = f.Client(f.Alpha);
        var payer = NewPayer("pub");
        var before = await AbaVisit.CreateAsync(admin, payer);
        await admin.PostAsync($"/api/v1/appointments/{before.VisitId}/note", new { });

        var overlay = JsonNode.Parse($$"""
            { "id": "{{payer}}-aba", "version": 1, "payerCode": "{{payer}}", "templateId": "aba-therapy", "effectiveFrom": "2026-01-01T00:00:00Z",
              "reason": "Test payer wants the caregiver documented on every session.", "requireFields": ["caregiver_present"] }
            """)!;
        var (coderTry, _) = await f.Client(f.Alpha, Roles.Coder).PostAsync("/api/v1/documentation/definitions", new { overlay });
        Assert.Equal(HttpStatusCode.Forbidden, coderTry.StatusCode);
        var (published, row) = await f.Client(f.Alpha, Roles.BillingLead).PostAsync("/api/v1/documentation/definitions", new { overlay });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("overlay", row!["kind"]!.GetValue<string>());

        var (again, problem) = await admin.PostAsync("/api/v1/documentation/definitions", new { overlay });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("not above", problem!["errors"]!["overlay"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var (_, oldNote) = await admin.GetJsonAsync($"/api/v1/appointments/{before.VisitId}/note");
        Assert.Null(oldNote!["overlayId"]);
        var sameVisitPayer = await AbaVisit.CreateAsync(admin, payer);
        var (_, newNote) = await admin.PostAsync($"/api/v1/appointments/{sameVisitPayer.VisitId}/note", new { });
        Assert.Equal(payer + "-aba", newNote!["overlayId"]!.GetValue<string>());
        Assert.Contains(newNote["findings"]!.AsArray(), x => x!["field"]?.GetValue<string>() == "caregiver_present");
    }
}

public sealed class SqliteNotesApiTests(SqlitePlatform f) : NotesApiTests<SqlitePlatform>(f), IClassFixture<SqlitePlatform>;

public sealed class PostgresNotesApiTests(PostgresPlatform f) : NotesApiTests<PostgresPlatform>(f), IClassFixture<PostgresPlatform>;
