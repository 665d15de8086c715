namespace Rcm.Core.Documentation.Notes;

/// <summary>
/// One state change of a note. Details name fields and note ids only, never field values (values may be PHI; the
/// audit stage records reads and writes of PHI separately).
/// </summary>
/// <param name="Sequence">1-based order within the note.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">User id who did it; <c>provider:{id}</c> for the signing provider.</param>
/// <param name="At">When.</param>
/// <param name="Detail">Field ids changed, or the related note id.</param>
public sealed record NoteEvent(int Sequence, NoteEventKind Kind, string Actor, DateTimeOffset At, string? Detail);
