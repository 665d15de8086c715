namespace Rcm.Core.Documentation;

/// <summary>One field's line of the incomplete-notes report across the practice: how often it stops notes, and for how many providers.</summary>
/// <param name="FieldId">Template field, or <c>(note)</c> for note-level findings.</param>
/// <param name="IncompleteNotes">Distinct notes with a blocking finding on the field.</param>
/// <param name="Providers">Distinct rendering providers among them (one provider's habit, or a template problem).</param>
public sealed record FieldCompleteness(string FieldId, int IncompleteNotes, int Providers);
