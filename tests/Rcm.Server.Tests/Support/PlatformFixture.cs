using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Rcm.Core.Audit;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;
using Rcm.Core.Security;
using Rcm.Server.Hosting;

namespace Rcm.Server.Tests.Support;

/// <summary>
/// The real server on a loopback port with its own fresh database, plus two practices (alpha, beta) with an API
/// key for every role. One per test class (xUnit class fixture).
/// </summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }
    protected virtual bool SeedDemo => false;

    public DatabaseTarget Target { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public CapturedLogs Logs { get; } = new();
    public TestPractice Alpha { get; private set; } = null!;
    public TestPractice Beta { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Target = TestDatabases.Create(Provider);
        App = RcmHost.Build(new RcmHostOptions { Database = Target, Urls = "http://127.0.0.1:0", SeedDemo = SeedDemo, MaxRequestBodyBytes = 64 * 1024 },
            b => b.Logging.AddProvider(Logs));
        await RcmHost.PrepareAsync(App, CancellationToken.None);
        await App.StartAsync();
        BaseAddress = new Uri(App.Urls.First());
        Alpha = await CreatePracticeAsync("alpha");
        Beta = await CreatePracticeAsync("beta");
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await TestDatabases.DropAsync(Target);
    }

    public RcmDbContext OpenDb() => RcmDatabase.Open(Target, new SystemActor("test"), TimeProvider.System);

    public HttpClient Client(string? apiKey)
    {
        var c = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return c;
    }

    public HttpClient Client(TestPractice practice, string role = Roles.Admin) => Client(practice.Keys[role]);

    private async Task<TestPractice> CreatePracticeAsync(string name)
    {
        await using var db = OpenDb();
        var p = new Practice(name, name + " clinic", TimeProvider.System.GetUtcNow());
        db.Practices.Add(p);
        await db.SaveChangesAsync();
        var keys = new Dictionary<string, string>();
        foreach (var role in Roles.All) keys[role] = await ApiKeyIssuer.CreateAsync(db, p.Id, role, "test " + role, TimeProvider.System, CancellationToken.None);
        return new TestPractice(p.Id, name, keys);
    }
}

/// <summary>A practice created for a test, with one API key per role.</summary>
public sealed record TestPractice(long Id, string Name, IReadOnlyDictionary<string, string> Keys);

/// <summary>The platform on SQLite.</summary>
public sealed class SqlitePlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>The platform on PostgreSQL.</summary>
public sealed class PostgresPlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
