namespace Rcm.Core.Documentation;

/// <summary>
/// The routing decision for a note that failed a check, as data the WorkQueues stage stores: which queue, whose, about
/// which visit and note, why (the findings), and a key so repeated checks update one open item instead of piling up.
/// </summary>
/// <param name="PracticeId">The practice (tenant).</param>
/// <param name="Queue">Queue name (<see cref="DocumentationQueues"/>).</param>
/// <param name="AssigneeProviderId">The rendering provider who must fix the note; null in the unassigned queue.</param>
/// <param name="VisitId">The visit.</param>
/// <param name="NoteId">The note version checked; null when the visit has no note.</param>
/// <param name="CheckPoint">Where the note was stopped: at signing or before coding.</param>
/// <param name="Findings">Every finding of the check (blocking and advisory).</param>
/// <param name="Code">The first blocking DOC code, as the item's stable issue code in the WorkQueues stage.</param>
/// <param name="Summary">One line (at most 500 characters) for the queue list; names fields and codes, never values.</param>
/// <param name="Fix">What the provider does about it.</param>
/// <param name="DeduplicationKey">Same visit and check point, same open item.</param>
/// <param name="CreatedAt">When the decision was made.</param>
public sealed record DocumentationWorkItem(
    long PracticeId,
    string Queue,
    long? AssigneeProviderId,
    long VisitId,
    Guid? NoteId,
    CheckPoint CheckPoint,
    IReadOnlyList<DocumentationFinding> Findings,
    string Code,
    string Summary,
    string Fix,
    string DeduplicationKey,
    DateTimeOffset CreatedAt);
