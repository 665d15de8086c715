using Rcm.Core.Documentation.Checks;
using Rcm.Core.Documentation.Notes;
using Rcm.Core.Documentation.Templates;

namespace Rcm.Core.Documentation;

/// <summary>
/// Checks a note against the template versions it is pinned to: fields first (required, types, options, codes), then the
/// template's consistency checks, then what the check point adds (the signer at signing; signed and current at coding).
/// Collects every finding; never throws for anything a provider can cause.
/// </summary>
public sealed class CompletenessChecker(TemplateCatalog catalog)
{
    /// <summary>The templates notes are checked against.</summary>
    public TemplateCatalog Catalog => catalog;

    /// <summary>The check made as <paramref name="signerId"/> signs the note.</summary>
    public CompletenessReport CheckForSigning(VisitNote note, long signerId) => Check(note, CheckPoint.Signing, signerId);

    /// <summary>The check made before coding (gate 2).</summary>
    public CompletenessReport CheckForCoding(VisitNote note) => Check(note, CheckPoint.Coding, null);

    private CompletenessReport Check(VisitNote note, CheckPoint point, long? signer)
    {
        ArgumentNullException.ThrowIfNull(note);
        var findings = new List<DocumentationFinding>();
        if (!catalog.TryResolvePinned(note.Pin, out var template))
        {
            findings.Add(DocumentationRules.TemplateVersionUnknown.Finding(null,
                $"The note was started on {note.Pin}, which this system does not have. Restore that template version."));
            return new CompletenessReport(note.Id, note.Revision, point, note.Pin, signer, findings);
        }

        var raw = note.Values;
        var values = new NoteValues(template, raw);
        RequiredFieldRule.Evaluate(values, findings);
        FieldValueRule.Evaluate(values, raw, findings);

        var context = new CheckContext(values, note.RenderingCredentials);
        foreach (var check in template.Checks.Where(c => c.When is null || values.Meets(c.When)))
        {
            check.Evaluate(context, findings);
        }

        if (point == CheckPoint.Signing)
        {
            AddSigningFindings(note, signer!.Value, findings);
        }
        else
        {
            AddCodingFindings(note, template, findings);
        }

        return new CompletenessReport(note.Id, note.Revision, point, note.Pin, signer, Ordered(findings, template));
    }

    private static void AddSigningFindings(VisitNote note, long signer, List<DocumentationFinding> findings)
    {
        if (signer != note.RenderingProviderId)
        {
            // The rendering provider attests to the service; a note signed by someone else does not support their claim line.
            findings.Add(DocumentationRules.SignerIsNotRenderingProvider.Finding(null,
                "Only the rendering provider can sign this note; route it to them."));
        }
    }

    private static void AddCodingFindings(VisitNote note, ResolvedTemplate template, List<DocumentationFinding> findings)
    {
        if (note.Status == NoteStatus.Draft)
        {
            findings.Add(DocumentationRules.NoteNotSigned.Finding(template.SignatureField?.Id,
                "The note is not signed; the rendering provider must sign it before coding."));
        }
        else if (note.Status == NoteStatus.Amended)
        {
            findings.Add(DocumentationRules.NoteSuperseded.Finding(null,
                $"Version {note.Version} was amended; code from the newest version ({note.SupersededByNoteId})."));
        }
    }

    /// <summary>Field findings in form order (stable for the UI and for golden tests), note-level findings last.</summary>
    private static List<DocumentationFinding> Ordered(List<DocumentationFinding> findings, ResolvedTemplate template)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        return findings
            .Select((f, i) => (Finding: f, Arrival: i))
            .OrderBy(x => template.Position(x.Finding.FieldId))
            .ThenBy(x => x.Arrival)
            .Select(x => x.Finding)
            .ToList();
    }
}
