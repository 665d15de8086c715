using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Documentation.Storage;
using Rcm.Core.Documentation.Templates;
using Rcm.Core.Intake;
using Rcm.Core.Persistence;

namespace Rcm.Core.Tests.Documentation;

/// <summary>
/// Practice template storage on a real (migrated) SQLite database: the built-in definitions are copied in once per
/// practice and read back as the same catalog; a published version is stored and checked against the version order;
/// and another practice's definitions stay out of sight (tenant filter).
/// </summary>
public sealed class PracticeTemplatesStorageTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rcm-doc-storage-" + Guid.NewGuid().ToString("N")[..12]);
    private DatabaseTarget _target = null!;
    private long _alpha;
    private long _beta;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _target = DatabaseTarget.Parse("sqlite:" + Path.Combine(_dir, "doc.db"), _dir);
        await RcmDatabase.PrepareAsync(_target, CancellationToken.None);
        await using var db = Open();
        var alpha = new Practice("alpha", "Alpha clinic", Catalogs.Now);
        var beta = new Practice("beta", "Beta clinic", Catalogs.Now);
        db.Practices.AddRange(alpha, beta);
        await db.SaveChangesAsync();
        (_alpha, _beta) = (alpha.Id, beta.Id);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Built_in_definitions_are_seeded_once_and_read_back_as_the_same_catalog()
    {
        var store = new PracticeTemplates();
        await using (var db = Open())
        {
            var catalog = await store.CatalogAsync(db, _alpha, Catalogs.Now, CancellationToken.None);
            Assert.Equal(Catalogs.BuiltIn.Templates.Select(TemplateJson.Write), catalog.Templates.Select(TemplateJson.Write));
            Assert.Equal(Catalogs.BuiltIn.Overlays.Select(TemplateJson.Write), catalog.Overlays.Select(TemplateJson.Write));
        }

        // A fresh store (another server instance) reads the stored rows, and seeds nothing twice.
        await using (var db = Open())
        {
            await new PracticeTemplates().CatalogAsync(db, _alpha, Catalogs.Now, CancellationToken.None);
            var rows = await db.DocumentationDefinitions.CountAsync(d => d.PracticeId == _alpha);
            Assert.Equal(Catalogs.BuiltIn.Templates.Count + Catalogs.BuiltIn.Overlays.Count, rows);
        }
    }

    [Fact]
    public async Task A_published_template_version_is_stored_and_an_out_of_order_one_is_refused()
    {
        var store = new PracticeTemplates();
        await using var db = Open();
        var catalog = await store.CatalogAsync(db, _alpha, Catalogs.Now, CancellationToken.None);
        var v1 = catalog.Templates.Single(t => t.Id == "aba-therapy");
        var v2 = v1 with { Version = 2, EffectiveFrom = v1.EffectiveFrom.AddMonths(6), Title = "ABA therapy session (2026-07)" };
        await store.PublishAsync(db, _alpha, v2, "user:lead", Catalogs.Now, CancellationToken.None);

        var after = await store.CatalogAsync(db, _alpha, Catalogs.Now, CancellationToken.None);
        Assert.True(after.TryResolveForNewNote("aba-therapy", null, v2.EffectiveFrom, out var resolved));
        Assert.Equal(2, resolved.Template.Version);
        Assert.True(after.TryResolvePinned(new TemplatePin("aba-therapy", 1, null, null), out _));

        var stale = v1 with { Version = 2, Title = "again" };
        var e = await Assert.ThrowsAsync<TemplateDefinitionException>(() => store.PublishAsync(db, _alpha, stale, "user:lead", Catalogs.Now, CancellationToken.None));
        Assert.Contains(e.Problems, p => p.Contains("not above", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_practices_definitions_are_hidden_by_the_tenant_filter()
    {
        await using (var db = Open())
        {
            await new PracticeTemplates().CatalogAsync(db, _alpha, Catalogs.Now, CancellationToken.None);
        }

        await using var beta = Open();
        beta.TenantId = _beta;
        Assert.Equal(0, await beta.DocumentationDefinitions.CountAsync());
        Assert.Equal(0, await beta.VisitNotes.CountAsync());
    }

    private RcmDbContext Open() => RcmDatabase.Open(_target, new SystemActor("test"), TimeProvider.System);
}
