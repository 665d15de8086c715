namespace Rcm.Core.Documentation;

/// <summary>One line of the incomplete-notes report: how many notes of one provider a finding hit on one field.</summary>
/// <param name="ProviderId">Rendering provider.</param>
/// <param name="FieldId">Template field, or <c>(note)</c> for note-level findings.</param>
/// <param name="Code">DOC code.</param>
/// <param name="Notes">Distinct notes with this finding.</param>
public sealed record IncompleteFieldRow(long ProviderId, string FieldId, string Code, int Notes);
