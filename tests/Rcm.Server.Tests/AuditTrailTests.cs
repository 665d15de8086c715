using System.Net;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>Every read and write of patient data leaves who/what/when/where; the trail is append-only. SQLite and PostgreSQL.</summary>
public abstract class AuditTrailTests<TFixture>(TFixture f) where TFixture : PlatformFixture
{
    [Fact]
    public async Task Reads_and_writes_of_patient_data_are_recorded_with_actor_time_and_ip()
    {
        var frontDesk = f.Client(f.Alpha, Roles.FrontDesk);
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);
        var patient = (await frontDesk.PostAsync("/api/v1/patients", Samples.Patient("Audra", "Trail"))).Body.Id();
        await frontDesk.GetJsonAsync($"/api/v1/patients/{patient}");
        await frontDesk.PutAsync($"/api/v1/patients/{patient}", Samples.Patient("Audra", "Trailed"));
        await frontDesk.GetJsonAsync("/api/v1/patients?q=Trai");

        var (response, page) = await f.Client(f.Alpha, Roles.Auditor).GetJsonAsync($"/api/v1/audit?entityType=patient&entityId={patient}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page!["items"]!.AsArray();
        var actions = items.Select(i => (string?)i!["action"]).ToList();
        Assert.Equal(["patient.created", "read", "patient.updated"], actions);
        var actor = "apikey:" + f.Alpha.Keys[Roles.FrontDesk].Split('_')[1];
        foreach (var i in items)
        {
            Assert.Equal(actor, (string?)i!["actor"]);
            Assert.Equal("127.0.0.1", (string?)i["ip"]);
            Assert.InRange(i["at"]!.GetValue<DateTimeOffset>(), started, DateTimeOffset.UtcNow.AddSeconds(5));
        }
        Assert.Equal("fields=lastName", (string?)items[2]!["detail"]);

        var (_, searches) = await f.Client(f.Alpha, Roles.Auditor).GetJsonAsync("/api/v1/audit?entityType=patient&actor=" + actor);
        Assert.Contains(searches!["items"]!.AsArray(), i => (string?)i!["action"] == "search");
        Assert.DoesNotContain("Trai", searches.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_rows()
    {
        await f.Client(f.Alpha).PostAsync("/api/v1/patients", Samples.Patient("Imm", "Utable"));
        await using var db = f.OpenDb();
        var count = await db.AuditEntries.CountAsync();
        Assert.True(count > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'forged'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        Assert.Equal(count, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Actor == "forged"));
    }

    [Fact]
    public async Task The_context_refuses_to_save_a_changed_or_removed_audit_row()
    {
        await f.Client(f.Alpha).PostAsync("/api/v1/patients", Samples.Patient("Ctx", "Guard"));
        await using var db = f.OpenDb();
        var row = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
        db.AuditEntries.Remove(row);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Auditors_see_only_their_own_practice()
    {
        await f.Client(f.Alpha).PostAsync("/api/v1/patients", Samples.Patient("Only", "Alpha"));
        var (_, page) = await f.Client(f.Beta, Roles.Auditor).GetJsonAsync("/api/v1/audit?limit=200");
        await using var db = f.OpenDb();
        var alphaIds = await db.AuditEntries.Where(a => a.PracticeId == f.Alpha.Id).Select(a => a.Id).ToListAsync();
        var seen = page!["items"]!.AsArray().Select(i => i.Id()).ToList();
        Assert.Empty(seen.Intersect(alphaIds));
    }
}

public sealed class SqliteAuditTrailTests(SqlitePlatform f) : AuditTrailTests<SqlitePlatform>(f), IClassFixture<SqlitePlatform>;

public sealed class PostgresAuditTrailTests(PostgresPlatform f) : AuditTrailTests<PostgresPlatform>(f), IClassFixture<PostgresPlatform>;
