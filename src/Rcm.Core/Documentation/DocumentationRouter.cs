using Rcm.Core.Documentation.Notes;

namespace Rcm.Core.Documentation;

/// <summary>
/// Decides where an incomplete note goes: back to the rendering provider's queue, with the findings. Pure: the caller
/// stores the work item (WorkQueues) and supplies the time.
/// </summary>
public sealed class DocumentationRouter
{
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
        var fields = blocking.Select(f => f.FieldId is null ? f.Code : $"{f.FieldId} ({f.Code})").Distinct();
        var stage = report.CheckPoint == CheckPoint.Signing ? "signing" : "coding";
        var summary = $"{blocking.Count} problem(s) stop this {note.Pin.TemplateId} note at {stage}: {string.Join(", ", fields)}";
        return Item(note.PracticeId, note.VisitId, note.RenderingProviderId, note.Id, report.CheckPoint, report.Findings, summary, at);
    }

    /// <summary>The work item for a visit that reached coding without any note.</summary>
    public DocumentationWorkItem RouteMissingNote(long practiceId, long visitId, long? renderingProviderId, DocumentationFinding finding, DateTimeOffset at) =>
        Item(practiceId, visitId, renderingProviderId, null, CheckPoint.Coding, [finding], "No note for this visit: the rendering provider must document it before coding", at);

    private static DocumentationWorkItem Item(
        long practiceId, long visitId, long? providerId, Guid? noteId, CheckPoint point, IReadOnlyList<DocumentationFinding> findings, string summary, DateTimeOffset at)
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
            summary,
            $"documentation:{visitId}:{point.ToString().ToLowerInvariant()}",
            at);
    }
}
