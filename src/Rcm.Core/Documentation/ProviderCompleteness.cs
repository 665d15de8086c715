namespace Rcm.Core.Documentation;

/// <summary>One provider's line of the incomplete-notes report.</summary>
/// <param name="ProviderId">Rendering provider.</param>
/// <param name="NotesChecked">Notes checked.</param>
/// <param name="IncompleteNotes">Notes with at least one blocking finding.</param>
/// <param name="MostMissedFieldId">The field most often behind those, ties broken by name; null when none.</param>
public sealed record ProviderCompleteness(long ProviderId, int NotesChecked, int IncompleteNotes, string? MostMissedFieldId);
