namespace Rcm.Core.Documentation.Notes;

/// <summary>Who amended a signed note, when and why; carried by the amending version.</summary>
/// <param name="AmendsNoteId">The signed version this one replaces (kept unchanged).</param>
/// <param name="By">Who started the amendment.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in the author's words (required: payers and auditors ask).</param>
public sealed record NoteAmendment(Guid AmendsNoteId, string By, DateTimeOffset At, string Reason);
