using Rcm.Core.Audit;
using Rcm.Core.Eligibility;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Shared;
using Rcm.Server.Tests.Support;

namespace Rcm.Server.Tests.Eligibility;

/// <summary>
/// A practice in a fresh database whose four payers are the sandbox's, connected in Sandbox mode, and the gate-1
/// services built over it with a clock the test moves (our clock and the sandbox's move together).
/// </summary>
public sealed class ClinicWorld : IAsyncDisposable
{
    private ClinicWorld(DatabaseTarget target, SandboxPayer sandbox, ManualClock clock)
    {
        Target = target;
        Sandbox = sandbox;
        Clock = clock;
    }

    public DatabaseTarget Target { get; }
    public SandboxPayer Sandbox { get; }
    public ManualClock Clock { get; }
    public long PracticeId { get; private set; }
    public long ProviderId { get; private set; }
    public long LocationId { get; private set; }
    public Dictionary<string, long> Payers { get; } = [];
    public EligibilityOptions Options { get; } = new();

    public static async Task<ClinicWorld> CreateAsync(DatabaseProvider provider, SandboxPayer sandbox)
    {
        var world = new ClinicWorld(TestDatabases.Create(provider), sandbox, new ManualClock(SandboxPayer.ClockStart));
        await RcmDatabase.PrepareAsync(world.Target, CancellationToken.None);
        await using var db = world.Open();
        var now = world.Clock.GetUtcNow();
        var practice = new Practice("elig-" + Guid.NewGuid().ToString("N")[..8], "Eligibility clinic", now);
        db.Practices.Add(practice);
        await db.SaveChangesAsync();
        world.PracticeId = practice.Id;
        var provider1 = new Provider(practice.Id, "Pat", "Provider", Npi.Parse("1234567893"), "103K00000X", null, ProviderCredential.Other, now);
        var location = new Location(practice.Id, "Office", new Address("1 Test Way", null, "Springfield", "IL", "62701"), "11", null, now);
        db.AddRange(provider1, location);
        foreach (var (code, type) in new[] { ("SBX01", PlanType.Commercial), ("SBX02", PlanType.Medicare), ("SBX03", PlanType.Medicaid), ("SBX04", PlanType.Commercial) })
        {
            var payer = new Payer(practice.Id, "Sandbox " + code, code, [type], now);
            payer.Connect(ConnectivityMode.Sandbox, new Uri(sandbox.Handle.BaseUrl, "/payers/" + code).ToString(), null, null, now);
            db.Add(payer);
            await db.SaveChangesAsync();
            world.Payers[code] = payer.Id;
        }

        await db.SaveChangesAsync();
        world.ProviderId = provider1.Id;
        world.LocationId = location.Id;
        return world;
    }

    public RcmDbContext Open() => RcmDatabase.Open(Target, new SystemActor("test"), Clock);

    public EligibilityGate Gate(RcmDbContext db) => new(db, Verifier(db), Options, Clock);

    public EligibilityVerifier Verifier(RcmDbContext db) => new(db, Sandbox.Checker(Clock), Options, Clock);

    public RecheckRunner Runner(RcmDbContext db) => new(db, Gate(db), Verifier(db), Options, Clock);

    /// <summary>A patient with one coverage and a visit; returns the appointment id.</summary>
    public async Task<long> VisitAsync(string first, string last, string birth, string payer, string member, DateTimeOffset startsAt,
        SubscriberRelationship relationship = SubscriberRelationship.Self, int order = 1, PlanType planType = PlanType.Commercial,
        (string First, string Last, string Birth)? subscriber = null)
    {
        await using var db = Open();
        var now = Clock.GetUtcNow();
        var patient = new Patient(PracticeId, "A-" + Guid.NewGuid().ToString("N")[..8], new PatientDetails(first, last, DateOnly.Parse(birth), Sex.Female, null, null, null), now);
        db.Add(patient);
        await db.SaveChangesAsync();
        var coverage = new Coverage(PracticeId, patient.Id, new CoverageTerms(Payers[payer], member, null, planType, relationship,
            subscriber?.First, subscriber?.Last, subscriber is { } s ? DateOnly.Parse(s.Birth) : null, new DateOnly(2025, 1, 1), null, order), now);
        db.Add(coverage);
        await db.SaveChangesAsync();
        var visit = new Appointment(PracticeId, patient.Id, ProviderId, LocationId, coverage.Id, startsAt, 30, "99213", now);
        db.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    public async Task MoveClockAsync(DateTimeOffset now)
    {
        Clock.Now = now;
        await Sandbox.SetClockAsync(now);
    }

    public async ValueTask DisposeAsync() => await TestDatabases.DropAsync(Target);
}
