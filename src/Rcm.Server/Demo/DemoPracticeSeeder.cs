using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Core.Shared;
using Rcm.Server.Hosting;
using Rcm.Sandbox.Payers;

namespace Rcm.Server.Demo;

/// <summary>
/// Creates the practice <c>demo</c> on a new database: an ABA and behavioural-health clinic with locations,
/// providers (valid NPIs), the sandbox's payers wired to the sandbox, and the sandbox's scenario members as patients
/// with coverages and appointments. All names are synthetic. The staff user enrols its authenticator at first sign-in.
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

        // The demo practice bills the sandbox's payers and sees the sandbox's scenario members as its patients
        // (synthetic people, as if copied from their insurance cards), so eligibility and claims line up end to end.
        var data = SandboxDataLoader.LoadDefault();
        var sandbox = options.SandboxUrl.TrimEnd('/');
        var payers = new Dictionary<string, Payer>(StringComparer.Ordinal);
        foreach (var profile in data.Payers)
        {
            var planTypes = profile.Plans.Select(pl => PlanTypeOf(profile.Kind, pl.Id)).Distinct().ToList();
            var payer = new Payer(id, profile.Name, profile.Id, planTypes.Count == 0 ? [PlanTypeOf(profile.Kind, "")] : planTypes, now);
            payer.Connect(ConnectivityMode.Sandbox, sandbox, null, null, now);
            payers[profile.Id] = payer;
        }
        db.Payers.AddRange(payers.Values);
        await db.SaveChangesAsync(ct);

        var patients = new Dictionary<(string, string, DateOnly), Patient>();
        var orders = new Dictionary<Patient, int>();
        var account = 1001;
        foreach (var member in data.Members)
        {
            if (!payers.TryGetValue(member.PayerId, out var payer)) continue;
            var person = member.Person;
            var key = (person.FirstName, person.LastName, person.BirthDate);
            if (!patients.TryGetValue(key, out var patient))
            {
                patient = new Patient(id, $"DEMO-{account++}", new PatientDetails(person.FirstName, person.LastName, person.BirthDate, SexOf(person.Gender),
                    new Address($"{100 + account} Sample St", null, "Springfield", "IL", "62702"), null, null), now);
                db.Patients.Add(patient);
                await db.SaveChangesAsync(ct);
                patients[key] = patient;
                orders[patient] = 0;
            }
            var order = Math.Min(3, ++orders[patient]);
            var plan = data.Payers.First(p => p.Id == member.PayerId).PlanOrDefault(member.PlanId);
            var relationship = RelationshipOf(member.Relationship);
            var sub = relationship == SubscriberRelationship.Self ? null : member.Subscriber;
            db.Coverages.Add(new Coverage(id, patient.Id, new CoverageTerms(payer.Id, member.MemberId, string.IsNullOrEmpty(plan.GroupNumber) ? null : plan.GroupNumber,
                PlanTypeOf(data.Payers.First(p => p.Id == member.PayerId).Kind, plan.Id), relationship,
                sub?.FirstName, sub?.LastName, sub?.BirthDate, member.Effective, member.Terminated, order), now));
        }
        await db.SaveChangesAsync(ct);

        var i = 0;
        foreach (var patient in patients.Values.Take(12))
        {
            var coverage = await db.Coverages.Where(c => c.PatientId == patient.Id).OrderBy(c => c.Order).FirstAsync(ct);
            var day = new DateTimeOffset(now.Year, now.Month, now.Day, 14, 0, 0, TimeSpan.Zero).AddDays(i % 5);
            db.Appointments.Add(new Appointment(id, patient.Id, providers[i % 2].Id, i % 2 == 0 ? office.Id : home.Id, coverage.Id,
                day.AddHours(i % 3), 60, i % 2 == 0 ? "97153" : "97155", now));
            i++;
        }
        await db.SaveChangesAsync(ct);

        var user = new StaffUser { UserName = UserEmail, Email = UserEmail, EmailConfirmed = true, DisplayName = "Demo Admin" };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException("Demo user: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        db.StaffMemberships.Add(new StaffMembership(user.Id, id, Roles.Admin));
        await db.SaveChangesAsync(ct);
    }

    private static PlanType PlanTypeOf(PayerKind kind, string planId) => kind switch
    {
        PayerKind.Medicare => PlanType.Medicare,
        PayerKind.MedicaidManagedCare => PlanType.Medicaid,
        _ when planId.Contains("HMO", StringComparison.OrdinalIgnoreCase) => PlanType.Hmo,
        _ => PlanType.Commercial,
    };

    /// <summary>X12 individual relationship codes: 18 self, 01 spouse, 19 child.</summary>
    private static SubscriberRelationship RelationshipOf(string code) => code switch
    {
        "18" => SubscriberRelationship.Self,
        "01" => SubscriberRelationship.Spouse,
        "19" => SubscriberRelationship.Child,
        _ => SubscriberRelationship.Other,
    };

    private static Sex SexOf(string gender) => gender switch { "F" => Sex.Female, "M" => Sex.Male, _ => Sex.Unknown };

    private static string Npi(string base9) => base9 + Core.Shared.Npi.ComputeCheckDigit(base9);
}
