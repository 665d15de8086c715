namespace Rcm.Core.Documentation;

/// <summary>Gate 2's answer for one visit: may coding start, and if not, why and where the fix goes.</summary>
/// <param name="Allowed">True when coding may start.</param>
/// <param name="Reasons">The findings behind the answer (when allowed, only advisory ones remain).</param>
/// <param name="WorkItem">When refused, the routing decision for the WorkQueues stage.</param>
/// <param name="NoteId">The note version the answer is about; null when the visit has no note.</param>
/// <param name="Facts">When allowed, what the note documents for coding; null when refused.</param>
public sealed record GateDecision(
    bool Allowed,
    IReadOnlyList<DocumentationFinding> Reasons,
    DocumentationWorkItem? WorkItem,
    Guid? NoteId,
    DocumentedFacts? Facts);
