namespace Rcm.Core.Claims.Building;

/// <summary>What the completed, signed note gives the claim (gate 2 has passed: the note is complete against its template).</summary>
/// <param name="Diagnoses">ICD-10-CM codes in clinical order, principal first (dots allowed).</param>
/// <param name="Services">The documented services.</param>
/// <param name="Documents">Documents on file that can go with the claim as attachments (evaluation, progress report…).</param>
/// <param name="SeparateEvaluationDocumented">The note supports a separately identifiable E/M service (modifier 25).</param>
public sealed record NoteForBilling(
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<DocumentedService> Services,
    IReadOnlyList<ClaimAttachment>? Documents = null,
    bool SeparateEvaluationDocumented = false);
