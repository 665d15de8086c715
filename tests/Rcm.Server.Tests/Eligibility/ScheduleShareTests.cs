using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Eligibility;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Xunit.Abstractions;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>
/// The "done when" count: every sandbox member (scenarios and the generated population) gets a visit today, entered
/// from the card; the front desk follows gate 1's fixes (COB order from the 271) and overrides, with a reason, what
/// cannot be fixed at the desk. Every visit must reach check-in with a fresh active result or an audited override.
/// </summary>
public sealed class ScheduleShareTests(SandboxPayer sandbox, ITestOutputHelper output) : IClassFixture<SandboxPayer>
{
    private sealed record Person(string FirstName, string LastName, DateOnly BirthDate);

    private sealed record Member(string PayerId, string MemberId, Person Person, string Scenario, Person? Subscriber, bool IsDependent);

    [Fact]
    public async Task Every_sandbox_visit_reaches_check_in_with_a_fresh_active_result_or_an_audited_override()
    {
        await sandbox.SetClockAsync(SandboxPayer.ClockStart);
        var members = await sandbox.Control.GetFromJsonAsync<List<Member>>("/control/members?all=true", new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.NotNull(members);
        Assert.True(members!.Count >= 36);
        await using var world = await ClinicWorld.CreateAsync(DatabaseProvider.Sqlite, sandbox);
        var planTypes = new Dictionary<string, PlanType> { ["SBX01"] = PlanType.Commercial, ["SBX02"] = PlanType.Medicare, ["SBX03"] = PlanType.Medicaid, ["SBX04"] = PlanType.Commercial };
        var visits = new List<(long Id, Member Member)>();
        foreach (var m in members)
        {
            var sub = m.IsDependent && m.Subscriber is { } s ? (s.FirstName, s.LastName, s.BirthDate.ToString("yyyy-MM-dd")) : ((string, string, string)?)null;
            long id = await world.VisitAsync(m.Person.FirstName, m.Person.LastName, m.Person.BirthDate.ToString("yyyy-MM-dd"), m.PayerId, m.MemberId,
                SandboxPayer.ClockStart.AddHours(2), sub is null ? SubscriberRelationship.Self : SubscriberRelationship.Child, 1, planTypes[m.PayerId], sub);
            visits.Add((id, m));
        }

        int activeFirstTime = 0, activeAfterFix = 0, overridden = 0;
        var overrideReasons = new Dictionary<string, int>();
        foreach (var (id, m) in visits)
        {
            await using var db = world.Open();
            var gate = world.Gate(db);
            await world.Verifier(db).CheckVisitAsync(world.PracticeId, id, "scheduling", CancellationToken.None);
            var decision = await gate.CheckInAsync(world.PracticeId, id, CancellationToken.None);
            if (decision.Allowed)
            {
                activeFirstTime++;
                continue;
            }

            if (decision.Reasons.Any(r => r.Code == EligibilityCodes.CobContradiction))
            {
                // The fix the gate names: this coverage becomes secondary (the primary is added from its card).
                var visit = await db.Appointments.SingleAsync(a => a.Id == id);
                var c = await db.Coverages.SingleAsync(x => x.Id == visit.CoverageId);
                world.Clock.Now = world.Clock.Now.AddSeconds(1);
                c.Update(new CoverageTerms(c.PayerId, c.MemberId, c.GroupNumber, c.PlanType, c.Relationship, c.SubscriberFirstName, c.SubscriberLastName,
                    c.SubscriberBirthDate, c.EffectiveFrom, c.EffectiveTo, 2), world.Clock.GetUtcNow());
                await db.SaveChangesAsync();
                world.Clock.Now = world.Clock.Now.AddSeconds(1);
                decision = await gate.CheckInAsync(world.PracticeId, id, CancellationToken.None);
                if (decision.Allowed)
                {
                    activeAfterFix++;
                    continue;
                }
            }

            string code = string.Join("+", decision.Reasons.Select(r => r.Code));
            overrideReasons[code] = overrideReasons.GetValueOrDefault(code) + 1;
            await gate.ClearAsync(world.PracticeId, id, ClearanceKind.Override, $"front desk: {code} ({m.Scenario}), patient informed of financial responsibility",
                "frontdesk1", Roles.FrontDesk, CancellationToken.None);
            Assert.True((await gate.CheckInAsync(world.PracticeId, id, CancellationToken.None)).Allowed);
            overridden++;
        }

        await using (var db = world.Open())
        {
            var ids = visits.Select(v => v.Id).ToList();
            Assert.All(await db.Appointments.Where(a => ids.Contains(a.Id)).ToListAsync(), a => Assert.Equal(AppointmentStatus.CheckedIn, a.Status));
            Assert.Equal(overridden, await db.AuditEntries.CountAsync(a => a.Action == "eligibility.override"));
            // Checked in with a fresh active result means an Active row exists for the visit's coverage, run today.
            var activeVisits = await db.EligibilityChecks.Where(c => ids.Contains(c.AppointmentId!.Value) && c.Status == EligibilityStatus.Active)
                .Select(c => c.AppointmentId).Distinct().CountAsync();
            Assert.True(activeVisits >= activeFirstTime + activeAfterFix);
        }

        int total = visits.Count;
        output.WriteLine($"visits {total}: fresh active at first check-in {activeFirstTime} ({100.0 * activeFirstTime / total:0.0}%), " +
                         $"active after the COB fix {activeAfterFix}, audited override {overridden} ({100.0 * overridden / total:0.0}%); " +
                         $"reached check-in {100.0 * (activeFirstTime + activeAfterFix + overridden) / total:0.0}%");
        foreach (var (code, n) in overrideReasons.OrderByDescending(x => x.Value)) output.WriteLine($"  override after {code}: {n}");
        Assert.Equal(total, activeFirstTime + activeAfterFix + overridden);
        Assert.True(activeFirstTime + activeAfterFix > total / 2, "most sandbox members are covered today");
    }
}
