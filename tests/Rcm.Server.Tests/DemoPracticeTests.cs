using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Shared;
using Rcm.Server.Demo;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests;

/// <summary>A new database gets the demo practice: valid providers, the sandbox's payers, its scenario members as patients with coverages.</summary>
public sealed class DemoPracticeTests(DemoPlatform f) : IClassFixture<DemoPlatform>
{
    [Fact]
    public async Task A_new_database_gets_a_usable_demo_practice()
    {
        await using var db = f.OpenDb();
        var practice = await db.Practices.SingleAsync(p => p.Name == DemoPracticeSeeder.PracticeName);
        var providers = await db.Providers.Where(p => p.PracticeId == practice.Id).ToListAsync();
        Assert.True(providers.Count >= 3);
        Assert.All(providers, p => Assert.True(Npi.TryParse(p.Npi, out _, out _), p.Npi));
        Assert.Contains(providers, p => p.Credential == ProviderCredential.BCBA);
        Assert.Contains(providers, p => p.Credential == ProviderCredential.RBT);
        var payers = await db.Payers.Where(p => p.PracticeId == practice.Id).ToListAsync();
        Assert.All(payers, p =>
        {
            Assert.Equal(ConnectivityMode.Sandbox, p.ConnectivityMode);
            Assert.Equal("http://127.0.0.1:5081", p.ConnectivityEndpoint);
        });
        var patients = await db.Patients.CountAsync(p => p.PracticeId == practice.Id);
        var coverages = await db.Coverages.CountAsync(c => c.PracticeId == practice.Id);
        Assert.True(patients >= 10);
        Assert.True(coverages >= patients);
        // The sandbox's payers, so the demo's claims and eligibility checks reach payers that know these members.
        Assert.Contains(payers, p => p.PayerCode == "SBX01");
        Assert.True(await db.Coverages.AnyAsync(c => c.PracticeId == practice.Id && c.EffectiveTo != null), "a terminated coverage scenario");
        Assert.True(await db.StaffMemberships.AnyAsync(m => m.PracticeId == practice.Id && m.Role == "admin"));
        Assert.All(await db.AuditEntries.Where(a => a.PracticeId == practice.Id).ToListAsync(), a => Assert.Equal("system:platform", a.Actor));
    }
}
