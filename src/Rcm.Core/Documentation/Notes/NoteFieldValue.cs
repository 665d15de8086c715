namespace Rcm.Core.Documentation.Notes;

/// <summary>One captured value of a note, in the invariant string form of its field type (a row EF Core maps as an owned collection).</summary>
/// <param name="FieldId">The template field.</param>
/// <param name="Value">The value as written (see <see cref="Templates.FieldType"/>).</param>
public sealed record NoteFieldValue(string FieldId, string Value);
