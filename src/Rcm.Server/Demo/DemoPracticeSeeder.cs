using Microsoft.AspNetCore.Identity;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Rcm.Server.Hosting;

namespace Rcm.Server.Demo;

/// <summary>
/// Creates the practice <c>demo</c> on a new database: an ABA and behavioural-health clinic with locations,
/// providers (valid NPIs), payers wired to the sandbox, patients with coverages and appointments.
/// All names are synthetic. The staff user enrols its authenticator at first sign-in.
/// </summary>
public sealed class DemoPracticeSeeder(RcmDbContext db, UserManager<StaffUser> users, TimeProvider time, RcmHostOptions options)
{
    public const string PracticeName = "demo";
    public const string UserEmail = "demo@openrcm.local";
    public const string Password = "OpenRCM-demo-1";

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var practice = new Practice(PracticeName, "Demo Behavioral Health", now);
        practice.SetBillingIdentity(Npi("199999999"), "990000001");
        db.Practices.Add(practice);
        await db.SaveChangesAsync(ct);
        var id = practice.Id;

        var office = new Location(id, "Main office", new Address("100 Example Ave", "Suite 2", "Springfield", "IL", "62701"), "11", null, now);
        var home = new Location(id, "Home visits", new Address("100 Example Ave", null, "Springfield", "IL", "62701"), "12", null, now);
        db.Locations.AddRange(office, home);

        var providers = new[]
        {
            new Provider(id, "Avery", "Testwell", Core.Shared.Npi.Parse(Npi("123456789")), "103K00000X", "990000001", ProviderCredential.BCBA, now),
            new Provider(id, "Jordan", "Samplefield", Core.Shared.Npi.Parse(Npi("134567890")), "106S00000X", null, ProviderCredential.RBT, now),
            new Provider(id, "Morgan", "Demoford", Core.Shared.Npi.Parse(Npi("100000000")), "1041C0700X", "990000001", ProviderCredential.LCSW, now),
            new Provider(id, "Riley", "Placeholder", Core.Shared.Npi.Parse(Npi("156789012")), "2084P0800X", "990000001", ProviderCredential.MD, now),
        };
        db.Providers.AddRange(providers);

        var sandbox = options.SandboxUrl.TrimEnd('/');
        var payers = new[]
        {
            new Payer(id, "Sandbox Commercial Health", "SBX01", [PlanType.Commercial, PlanType.Hmo], now),
            new Payer(id, "Sandbox Medicaid", "SBXMCD", [PlanType.Medicaid], now),
            new Payer(id, "Sandbox Medicare", "SBXMCR", [PlanType.Medicare, PlanType.MedicareAdvantage], now),
        };
        foreach (var p in payers) p.Connect(ConnectivityMode.Sandbox, $"{sandbox}/payers/{p.PayerCode}", null, null, now);
        db.Payers.AddRange(payers);
        await db.SaveChangesAsync(ct);

        string[] first = ["Ada", "Ben", "Cleo", "Dev", "Ena", "Finn", "Gia", "Hal", "Iris", "Jules"];
        string[] last = ["Examplar", "Fakeley", "Mockton", "Stubbs", "Dummington", "Notreal", "Synthwell", "Testerby", "Placewood", "Samplin"];
        for (var i = 0; i < first.Length; i++)
        {
            var patient = new Patient(id, $"DEMO-{1001 + i}", new PatientDetails(first[i], last[i], new DateOnly(2012 + i % 8, 1 + i, 3 + i),
                i % 2 == 0 ? Sex.Female : Sex.Male, new Address($"{200 + i} Sample St", null, "Springfield", "IL", "62702"), null, null), now);
            db.Patients.Add(patient);
            await db.SaveChangesAsync(ct);
            var payer = payers[i % payers.Length];
            var child = i % 3 != 2;
            var coverage = new Coverage(id, patient.Id, new CoverageTerms(payer.Id, $"M{900000 + i * 37}", i % 2 == 0 ? "GRP-100" : null,
                payer.PlanTypes[0], child ? SubscriberRelationship.Child : SubscriberRelationship.Self,
                child ? "Pat" : null, child ? last[i] : null, child ? new DateOnly(1985, 5, 1 + i) : null,
                new DateOnly(2026, 1, 1), null, 1), now);
            db.Coverages.Add(coverage);
            await db.SaveChangesAsync(ct);
            var day = new DateTimeOffset(now.Year, now.Month, now.Day, 14, 0, 0, TimeSpan.Zero).AddDays(i % 5);
            db.Appointments.Add(new Appointment(id, patient.Id, providers[i % 2].Id, i % 2 == 0 ? office.Id : home.Id, coverage.Id,
                day.AddHours(i % 3), 60, i % 2 == 0 ? "97153" : "97155", now));
        }
        await db.SaveChangesAsync(ct);

        var user = new StaffUser { UserName = UserEmail, Email = UserEmail, EmailConfirmed = true, DisplayName = "Demo Admin" };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException("Demo user: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        db.StaffMemberships.Add(new StaffMembership(user.Id, id, Roles.Admin));
        await db.SaveChangesAsync(ct);
    }

    private static string Npi(string base9) => base9 + Core.Shared.Npi.ComputeCheckDigit(base9);
}
