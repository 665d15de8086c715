using Microsoft.EntityFrameworkCore;
using Rcm.Core.Eligibility;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Rcm.Core.WorkQueues;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>
/// Gate 1 end to end against the in-process sandbox, on a real database: the scenarios of the issue, each ending in
/// a check-in allowed or refused with a work item carrying the reason and the fix.
/// </summary>
public abstract class GateScenarioTests : IClassFixture<SandboxPayer>, IAsyncLifetime
{
    private readonly SandboxPayer _sandbox;
    private ClinicWorld _world = null!;

    protected GateScenarioTests(SandboxPayer sandbox) => _sandbox = sandbox;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        await _sandbox.ClearFaultsAsync();
        await _sandbox.SetClockAsync(SandboxPayer.ClockStart);
        _world = await ClinicWorld.CreateAsync(Provider, _sandbox);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.ClearFaultsAsync();
        await _sandbox.SetClockAsync(SandboxPayer.ClockStart);
        await _world.DisposeAsync();
    }

    private async Task<CheckpointDecision> CheckInAsync(long visit)
    {
        await using var db = _world.Open();
        return await _world.Gate(db).CheckInAsync(_world.PracticeId, visit, CancellationToken.None);
    }

    private async Task<EligibilityCheck?> CheckAsync(long visit, string trigger = "scheduling")
    {
        await using var db = _world.Open();
        return await _world.Verifier(db).CheckVisitAsync(_world.PracticeId, visit, trigger, CancellationToken.None);
    }

    private async Task<List<WorkItem>> OpenItemsAsync(long visit)
    {
        await using var db = _world.Open();
        return await db.WorkItems.Where(w => w.SubjectId == visit && w.SubjectType == "appointment" && w.Status == WorkItemStatus.Open).ToListAsync();
    }

    private async Task<AppointmentStatus> StatusAsync(long visit)
    {
        await using var db = _world.Open();
        return (await db.Appointments.SingleAsync(a => a.Id == visit)).Status;
    }

    [Fact]
    public async Task Active_member_checks_in_with_benefits_and_the_raw_271_stored()
    {
        long visit = await _world.VisitAsync("Jordan", "Whitfield", "1962-06-12", "SBX01", "SCH900000001", SandboxPayer.ClockStart.AddHours(1));
        var check = await CheckAsync(visit);
        Assert.Equal(EligibilityStatus.Active, check!.Status);
        Assert.Equal(30m, check.Copay);
        Assert.Contains("EB*1", check.Raw271);
        var decision = await CheckInAsync(visit);
        Assert.True(decision.Allowed);
        Assert.Equal(AppointmentStatus.CheckedIn, await StatusAsync(visit));
        Assert.Empty(await OpenItemsAsync(visit));
    }

    [Fact]
    public async Task Coverage_terminated_between_scheduling_and_visit_is_caught_by_the_visit_day_recheck()
    {
        var visitAt = new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.Zero);
        long visit = await _world.VisitAsync("Morgan", "Lindqvist", "1976-04-06", "SBX01", "SCH900000003", visitAt);
        Assert.Equal(EligibilityStatus.Active, (await CheckAsync(visit))!.Status);
        await using (var db = _world.Open())
            Assert.Equal(CheckpointState.Clear, (await _world.Gate(db).EvaluateAsync(_world.PracticeId, visit, CancellationToken.None)).State);

        await _world.MoveClockAsync(visitAt.AddHours(-6));
        await using (var db = _world.Open())
        {
            Assert.Equal(CheckpointState.Checking, (await _world.Gate(db).EvaluateAsync(_world.PracticeId, visit, CancellationToken.None)).State);
            Assert.True(await _world.Runner(db).RunAsync(CancellationToken.None) >= 1);
        }

        var decision = await CheckInAsync(visit);
        Assert.False(decision.Allowed);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(EligibilityCodes.Inactive, reason.Code);
        Assert.Contains("ended 2026-03-15", reason.Reason);
        Assert.Equal("visit_day", decision.Latest!.Trigger);
        Assert.Equal(AppointmentStatus.Scheduled, await StatusAsync(visit));
        Assert.Equal(EligibilityCodes.Inactive, Assert.Single(await OpenItemsAsync(visit)).Code);
    }

    [Fact]
    public async Task Member_not_found_is_refused_with_check_the_card()
    {
        long visit = await _world.VisitAsync("Jordan", "Whitfield", "1962-06-12", "SBX01", "SCH900000099", SandboxPayer.ClockStart.AddHours(1));
        var decision = await CheckInAsync(visit);
        Assert.False(decision.Allowed);
        var item = Assert.Single(await OpenItemsAsync(visit));
        Assert.Equal(EligibilityCodes.Rejected, item.Code);
        Assert.Equal("eligibility", item.Queue);
        Assert.Equal("Member id not found.", item.Reason);
        Assert.Equal("check the card", item.Fix);
    }

    [Fact]
    public async Task Missing_subscriber_details_are_refused_without_asking_the_payer()
    {
        long visit = await _world.VisitAsync("Eli", "Dunmore", "2014-09-03", "SBX01", "SCH900000005", SandboxPayer.ClockStart.AddHours(1),
            SubscriberRelationship.Child);
        Assert.Null(await CheckAsync(visit));
        var decision = await CheckInAsync(visit);
        Assert.False(decision.Allowed);
        Assert.Contains(decision.Reasons, r => r.Code == EligibilityCodes.SubscriberMissing && r.Reason.Contains("birth date"));
        await using var db = _world.Open();
        Assert.Empty(await db.EligibilityChecks.Where(c => c.AppointmentId == visit).ToListAsync());
    }

    [Fact]
    public async Task Other_payer_primary_contradicts_our_cob_order_until_the_coverage_is_made_secondary()
    {
        long visit = await _world.VisitAsync("Quinn", "Castellano", "1953-09-17", "SBX02", "2KD3HA0TE04", SandboxPayer.ClockStart.AddHours(1), planType: PlanType.Medicare);
        var refused = await CheckInAsync(visit);
        var reason = Assert.Single(refused.Reasons);
        Assert.Equal(EligibilityCodes.CobContradiction, reason.Code);
        Assert.Contains("SBX01", reason.Reason);

        await using (var db = _world.Open())
        {
            var coverage = await db.Coverages.SingleAsync(c => c.Id == db.Appointments.Single(a => a.Id == visit).CoverageId);
            _world.Clock.Now = _world.Clock.Now.AddMinutes(1);
            coverage.Update(new CoverageTerms(coverage.PayerId, coverage.MemberId, null, coverage.PlanType, coverage.Relationship, null, null, null,
                coverage.EffectiveFrom, null, 2), _world.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        _world.Clock.Now = _world.Clock.Now.AddMinutes(1);
        var allowed = await CheckInAsync(visit); // the edit made the old result stale: check-in re-checks first
        Assert.True(allowed.Allowed);
        Assert.Empty(await OpenItemsAsync(visit));
    }

    [Fact]
    public async Task Payer_timeout_shows_unreachable_verifies_nothing_and_leaves_the_override_open()
    {
        await _sandbox.SetFaultsAsync("SBX04", new { timeoutRate = 1.0, timeoutSeconds = 30 });
        long visit = await _world.VisitAsync("Casey", "Ashby", "1971-06-12", "SBX04", "HBH900000001", SandboxPayer.ClockStart.AddHours(1));
        var decision = await CheckInAsync(visit);
        Assert.False(decision.Allowed);
        Assert.Equal(EligibilityCodes.Unreachable, Assert.Single(decision.Reasons).Code);
        Assert.Null(decision.Latest);
        await using (var db = _world.Open())
        {
            var attempt = await db.EligibilityChecks.SingleAsync(c => c.AppointmentId == visit);
            Assert.Equal(EligibilityStatus.Unreachable, attempt.Status);
            Assert.Null(attempt.Raw271);
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                _world.Gate(db).ClearAsync(_world.PracticeId, visit, ClearanceKind.Override, "called payer", "coder1", Roles.Coder, CancellationToken.None));
            await _world.Gate(db).ClearAsync(_world.PracticeId, visit, ClearanceKind.Override, "Payer phone line confirmed active, ref 123", "fd1", Roles.FrontDesk, CancellationToken.None);
        }

        Assert.True((await CheckInAsync(visit)).Allowed);
        await using (var db = _world.Open())
        {
            var audit = await db.AuditEntries.Where(a => a.Action == "eligibility.override").ToListAsync();
            Assert.Single(audit);
        }
    }

    [Fact]
    public async Task Self_pay_visit_passes_without_a_check()
    {
        long visit = await _world.VisitAsync("Pat", "Cash", "1990-01-01", "SBX01", "SELF", SandboxPayer.ClockStart.AddHours(1), planType: PlanType.SelfPay);
        Assert.True((await CheckInAsync(visit)).Allowed);
    }
}

public sealed class SqliteGateScenarioTests(SandboxPayer sandbox) : GateScenarioTests(sandbox)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresGateScenarioTests(SandboxPayer sandbox) : GateScenarioTests(sandbox)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
