using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation;

/// <summary>The outcome of checking one note version at one check point.</summary>
/// <param name="NoteId">The note version checked.</param>
/// <param name="NoteRevision">The note's revision when checked; signing refuses a report made before later edits.</param>
/// <param name="CheckPoint">Signing or coding.</param>
/// <param name="Pin">Template and overlay versions the note was held to.</param>
/// <param name="Signer">At signing, the provider signing; null at coding.</param>
/// <param name="Findings">Every finding, in template field order, then note-level findings.</param>
public sealed record CompletenessReport(
    Guid NoteId,
    int NoteRevision,
    CheckPoint CheckPoint,
    TemplatePin Pin,
    long? Signer,
    IReadOnlyList<DocumentationFinding> Findings)
{
    /// <summary>No blocking finding: the note may be signed (at signing) or coded (at coding).</summary>
    public bool IsComplete => !Findings.Any(f => f.IsBlocking);

    public IEnumerable<DocumentationFinding> Blocking => Findings.Where(f => f.IsBlocking);
}
