using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Documentation;

/// <summary>
/// Which fields keep going missing, by provider: a pure function over checked notes, so the practice can fix the habit
/// (or the template) instead of each note. Counts blocking findings only; advisory ones do not make a note incomplete.
/// </summary>
/// <param name="Rows">Provider × field × code counts, most frequent first.</param>
/// <param name="Providers">Per provider: notes checked, incomplete, the field most often behind it; most incomplete first.</param>
/// <param name="Fields">Per field across the practice: notes it stopped and how many providers; most frequent first.</param>
public sealed record IncompleteNoteReport(
    IReadOnlyList<IncompleteFieldRow> Rows,
    IReadOnlyList<ProviderCompleteness> Providers,
    IReadOnlyList<FieldCompleteness> Fields)
{
    public const string NoteLevel = "(note)";

    /// <summary>Builds the report; each note counts once per (field, code) however many findings it has there.</summary>
    public static IncompleteNoteReport Build(IEnumerable<(VisitNote Note, CompletenessReport Report)> checkedNotes)
    {
        var list = checkedNotes.ToList();
        if (list.FirstOrDefault(c => c.Report.NoteId != c.Note.Id) is { Note: not null } mismatch)
        {
            throw new ArgumentException($"Report for note {mismatch.Report.NoteId} paired with note {mismatch.Note.Id}.", nameof(checkedNotes));
        }

        var hits = list
            .SelectMany(c => c.Report.Blocking.Select(f => (Provider: c.Note.RenderingProviderId, Field: f.FieldId ?? NoteLevel, f.Code, NoteId: c.Note.Id)))
            .Distinct()
            .ToList();

        var rows = hits
            .GroupBy(h => (h.Provider, h.Field, h.Code))
            .Select(g => new IncompleteFieldRow(g.Key.Provider, g.Key.Field, g.Key.Code, g.Count()))
            .OrderByDescending(r => r.Notes)
            .ThenBy(r => r.ProviderId)
            .ThenBy(r => r.FieldId, StringComparer.Ordinal)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        var hitsByProvider = hits.ToLookup(h => h.Provider);
        var providers = list
            .GroupBy(c => c.Note.RenderingProviderId)
            .Select(g =>
            {
                var providerHits = hitsByProvider[g.Key].ToList();
                var mostMissed = providerHits
                    .GroupBy(h => h.Field)
                    .OrderByDescending(f => f.Select(h => h.NoteId).Distinct().Count())
                    .ThenBy(f => f.Key, StringComparer.Ordinal)
                    .FirstOrDefault()?.Key;
                return new ProviderCompleteness(g.Key, g.Select(c => c.Note.Id).Distinct().Count(), providerHits.Select(h => h.NoteId).Distinct().Count(), mostMissed);
            })
            .OrderByDescending(p => p.IncompleteNotes)
            .ThenBy(p => p.ProviderId)
            .ToList();

        var fields = hits
            .GroupBy(h => h.Field)
            .Select(g => new FieldCompleteness(g.Key, g.Select(h => h.NoteId).Distinct().Count(), g.Select(h => h.Provider).Distinct().Count()))
            .OrderByDescending(f => f.IncompleteNotes)
            .ThenBy(f => f.FieldId, StringComparer.Ordinal)
            .ToList();

        return new IncompleteNoteReport(rows, providers, fields);
    }
}
