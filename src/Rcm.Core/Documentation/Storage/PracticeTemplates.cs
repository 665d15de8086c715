using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Documentation.Templates;
using Rcm.Core.Persistence;

namespace Rcm.Core.Documentation.Storage;

/// <summary>
/// Each practice's template catalog, read from its stored definitions. A practice without any gets the built-in
/// templates and overlays copied in on first use (stored as its own version 1 rows, so later edits are its own).
/// Parsed catalogs are cached per practice and invalidated by the newest row id: rows are only ever added.
/// One per host (singleton); the database work goes through the caller's context.
/// </summary>
public sealed class PracticeTemplates
{
    private readonly ConcurrentDictionary<long, (long NewestRowId, TemplateCatalog Catalog)> _cache = new();

    /// <summary>The practice's catalog, seeding the built-in definitions when it has none.</summary>
    public async Task<TemplateCatalog> CatalogAsync(RcmDbContext db, long practiceId, DateTimeOffset now, CancellationToken ct)
    {
        var newest = await Rows(db, practiceId).MaxAsync(d => (long?)d.Id, ct);
        if (newest is null)
        {
            await SeedAsync(db, practiceId, now, ct);
            newest = await Rows(db, practiceId).MaxAsync(d => (long?)d.Id, ct);
        }

        if (_cache.TryGetValue(practiceId, out var cached) && cached.NewestRowId == newest)
        {
            return cached.Catalog;
        }

        var rows = await Rows(db, practiceId).OrderBy(d => d.Id).ToListAsync(ct);
        var catalog = new TemplateCatalog(
            rows.Where(r => r.Kind == DefinitionKind.Template).Select(r => TemplateJson.ReadTemplate(r.Json, $"{r.DefinitionId} v{r.DefinitionVersion}")),
            rows.Where(r => r.Kind == DefinitionKind.Overlay).Select(r => TemplateJson.ReadOverlay(r.Json, $"{r.DefinitionId} v{r.DefinitionVersion}")));
        _cache[practiceId] = (newest!.Value, catalog);
        return catalog;
    }

    /// <summary>
    /// Publishes a new template version: validated against the catalog (version above the latest, effective no earlier),
    /// then stored. Throws <see cref="TemplateDefinitionException"/> with every problem when it does not hang together.
    /// </summary>
    public async Task<StoredDefinition> PublishAsync(RcmDbContext db, long practiceId, DocumentationTemplate template, string by, DateTimeOffset now, CancellationToken ct)
    {
        (await CatalogAsync(db, practiceId, now, ct)).Publish(template);
        var row = StoredDefinition.Of(practiceId, template, by, now);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Publishes a new payer-overlay version; same rules as a template.</summary>
    public async Task<StoredDefinition> PublishAsync(RcmDbContext db, long practiceId, PayerOverlay overlay, string by, DateTimeOffset now, CancellationToken ct)
    {
        (await CatalogAsync(db, practiceId, now, ct)).Publish(overlay);
        var row = StoredDefinition.Of(practiceId, overlay, by, now);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    private static IQueryable<StoredDefinition> Rows(RcmDbContext db, long practiceId) =>
        db.Set<StoredDefinition>().AsNoTracking().Where(d => d.PracticeId == practiceId);

    private static async Task SeedAsync(RcmDbContext db, long practiceId, DateTimeOffset now, CancellationToken ct)
    {
        var builtIn = BuiltInTemplates.Load();
        foreach (var template in builtIn.Templates)
        {
            db.Add(StoredDefinition.Of(practiceId, template, "system:built-in", now));
        }

        foreach (var overlay in builtIn.Overlays)
        {
            db.Add(StoredDefinition.Of(practiceId, overlay, "system:built-in", now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first requests of a practice raced; the other one's seed (same rows) won the unique index.
            foreach (var entry in db.ChangeTracker.Entries<StoredDefinition>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
