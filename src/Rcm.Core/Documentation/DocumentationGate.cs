using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Documentation;

/// <summary>
/// Gate 2 (DESIGN.md §1): no coding until the visit's note is signed and complete against its pinned template. Refusals
/// come with the findings and a work item for the rendering provider's queue; a pass comes with what the note documents.
/// </summary>
public sealed class DocumentationGate(CompletenessChecker checker, DocumentationRouter router, TimeProvider time)
{
    /// <summary>May coding start for <paramref name="visitId"/>, whose current note version is <paramref name="note"/> (null if none)?</summary>
    /// <param name="practiceId">The practice, for routing when there is no note.</param>
    /// <param name="visitId">The visit.</param>
    /// <param name="renderingProviderId">The visit's rendering provider, for routing when there is no note.</param>
    /// <param name="note">The newest note version of the visit, or null.</param>
    public GateDecision Evaluate(long practiceId, long visitId, long? renderingProviderId, VisitNote? note)
    {
        var now = time.GetUtcNow();
        if (note is null)
        {
            var finding = DocumentationRules.NoNote.Finding(null, "The visit has no note; it cannot be coded until the rendering provider documents it.");
            return new GateDecision(false, [finding], router.RouteMissingNote(practiceId, visitId, renderingProviderId, finding, now), null, null);
        }

        if (note.VisitId != visitId || note.PracticeId != practiceId)
        {
            throw new ArgumentException($"Note {note.Id} belongs to another visit.", nameof(note));
        }

        var report = checker.CheckForCoding(note);
        if (!report.IsComplete)
        {
            return new GateDecision(false, report.Findings, router.Route(note, report, now), note.Id, null);
        }

        // A complete report means the pinned template resolved.
        checker.Catalog.TryResolvePinned(note.Pin, out var template);
        return new GateDecision(true, report.Findings, null, note.Id, DocumentedFacts.Read(note, template));
    }
}
