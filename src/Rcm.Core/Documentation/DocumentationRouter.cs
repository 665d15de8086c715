using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Documentation;

/// <summary>
/// Decides where an incomplete note goes: back to the rendering provider's queue, with the findings. Pure: the caller
/// stores the work item (WorkQueues) and supplies the time.
/// </summary>
public sealed class DocumentationRouter
{
    private const int MaxFieldsInSummary = 5;

    /// <summary>The work item for an incomplete note, or null when the report is complete.</summary>
    public DocumentationWorkItem? Route(VisitNote note, CompletenessReport report, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsComplete)
        {
            return null;
        }

        var blocking = report.Blocking.ToList();
        var fields = blocking.Select(f => f.FieldId is null ? f.Code : $"{f.FieldId} ({f.Code})").Distinct().ToList();
        var stage = report.CheckPoint == CheckPoint.Signing ? "signing" : "coding";
        // Queue lists show one line; the findings carry the rest.
        var listed = string.Join(", ", fields.Take(MaxFieldsInSummary)) + (fields.Count > MaxFieldsInSummary ? $" and {fields.Count - MaxFieldsInSummary} more" : "");
        var summary = $"{blocking.Count} problem(s) stop this {note.Pin.TemplateId} note at {stage}: {listed}";
        var fix = note.Status == NoteStatus.Draft
            ? "Open the note, complete or correct the listed fields, and sign it."
            : "Open the newest version of the note, amend it to complete or correct the listed fields, and sign it.";
        return Item(note.PracticeId, note.VisitId, note.RenderingProviderId, note.Id, report.CheckPoint, report.Findings, blocking[0].Code, summary, fix, at);
    }

    /// <summary>The work item for a visit that reached coding without any note.</summary>
    public DocumentationWorkItem RouteMissingNote(long practiceId, long visitId, long? renderingProviderId, DocumentationFinding finding, DateTimeOffset at) =>
        Item(practiceId, visitId, renderingProviderId, null, CheckPoint.Coding, [finding], finding.Code,
            "No note for this visit: the rendering provider must document it before coding", "Start the visit's note, complete it and sign it.", at);

    private static DocumentationWorkItem Item(
        long practiceId,
        long visitId,
        long? providerId,
        Guid? noteId,
        CheckPoint point,
        IReadOnlyList<DocumentationFinding> findings,
        string code,
        string summary,
        string fix,
        DateTimeOffset at)
    {
        var assigned = providerId is > 0;
        return new DocumentationWorkItem(
            practiceId,
            assigned ? DocumentationQueues.ProviderDocumentation : DocumentationQueues.Unassigned,
            assigned ? providerId : null,
            visitId,
            noteId,
            point,
            findings,
            code,
            summary,
            fix,
            $"documentation:{visitId}:{point.ToString().ToLowerInvariant()}",
            at);
    }
}
