using Microsoft.EntityFrameworkCore;
using Rcm.Core.Eligibility;
using Rcm.Core.Eligibility.Import;
using Rcm.Core.Persistence;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>CSV schedule import: required fields enforced per row, every error reported, nothing half-imported.</summary>
public abstract class ScheduleImportTests(SandboxPayer sandbox) : IClassFixture<SandboxPayer>, IAsyncLifetime
{
    private const string Header = "account_number,first_name,last_name,birth_date,sex,payer_code,member_id,group_number,plan_type,relationship,subscriber_first_name,subscriber_last_name,subscriber_birth_date,cob_order,provider_npi,location,starts_at,duration_minutes,service_code\n";
    private const string Good1 = "A100,Jordan,Whitfield,1962-06-12,Male,SBX01,SCH900000001,,Commercial,Self,,,,1,1234567893,Office,2026-03-02T16:00:00Z,30,99213\n";
    private const string Good2 = "A101,Eli,Dunmore,2014-09-03,Male,SBX01,SCH900000005,,Commercial,Child,Parker,Dunmore,1978-04-10,1,1234567893,office,2026-03-02T16:30:00Z,30,99213\n";
    private const string Good3 = "A102,Riley,Hollister,1944-06-12,Female,SBX02,2KD3HA0TE01,,Medicare,Self,,,,1,1234567893,Office,2026-03-02T17:00:00Z,,\n";
    private ClinicWorld _world = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync() => _world = await ClinicWorld.CreateAsync(Provider, sandbox);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<ScheduleImportResult> ImportAsync(string csv)
    {
        await using var db = _world.Open();
        return await new ScheduleCsvImporter(db, _world.Options, _world.Clock).ImportAsync(_world.PracticeId, csv, CancellationToken.None);
    }

    private async Task<(int Patients, int Coverages, int Visits)> CountsAsync()
    {
        await using var db = _world.Open();
        return (await db.Patients.CountAsync(), await db.Coverages.CountAsync(), await db.Appointments.CountAsync());
    }

    [Fact]
    public async Task A_clean_file_imports_every_visit_and_the_visits_can_be_checked()
    {
        var result = await ImportAsync(Header + Good1 + Good2 + Good3);
        Assert.True(result.Imported, string.Join("; ", result.Errors));
        Assert.Equal(3, result.AppointmentIds.Count);
        Assert.Equal((3, 3, 3), await CountsAsync());
        await using var db = _world.Open();
        var verifier = _world.Verifier(db);
        foreach (var id in result.AppointmentIds)
            Assert.Equal(EligibilityStatus.Active, (await verifier.CheckVisitAsync(_world.PracticeId, id, "scheduling", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Row_errors_are_all_reported_and_nothing_is_imported()
    {
        const string bad =
            "A200,Sam,,1980-02-30,Male,SBX01,SCH1,,Commercial,Self,,,,1,1234567893,Office,2026-03-02T16:00:00Z,30,\n" +   // last name, birth date
            "A201,Kim,Lee,1980-01-01,Female,SBX01,SCH2,,Commercial,Child,,,,4,1234567893,Office,2026-03-02T16:00:00Z,30,\n" + // subscriber, cob order
            "A202,Lou,Ray,1940-01-01,Male,SBX02,12345,,Medicare,Self,,,,1,1111111111,Nowhere,soon,30,\n" +                     // MBI, npi, location, time
            "A203,Ana,Ruiz,1990-01-01,Female,NOPE,X9,,Commercial,Cousin,,,,1,1234567893,Office,2026-03-02T16:00:00Z,30,\n";    // payer, relationship
        var result = await ImportAsync(Header + Good1 + bad);
        Assert.False(result.Imported);
        var found = result.Errors.Select(e => (e.Row, e.Column)).ToHashSet();
        (int, string)[] expected =
        [
            (2, "last_name"), (2, "birth_date"), (3, "subscriber_first_name"), (3, "subscriber_last_name"), (3, "subscriber_birth_date"), (3, "cob_order"),
            (4, "member_id"), (4, "provider_npi"), (4, "location"), (4, "starts_at"), (5, "payer_code"), (5, "relationship"),
        ];
        foreach (var e in expected) Assert.Contains(e, found);
        Assert.DoesNotContain(result.Errors, e => e.Row == 1);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_header_without_required_columns_is_refused()
    {
        var result = await ImportAsync("first_name,last_name,colour\nA,B,red\n");
        Assert.False(result.Imported);
        Assert.Contains(result.Errors, e => e.Row == 0 && e.Column == "member_id");
        Assert.Contains(result.Errors, e => e.Row == 0 && e.Column == "colour");
    }
}

public sealed class SqliteScheduleImportTests(SandboxPayer sandbox) : ScheduleImportTests(sandbox)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresScheduleImportTests(SandboxPayer sandbox) : ScheduleImportTests(sandbox)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
