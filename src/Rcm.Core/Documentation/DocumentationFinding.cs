namespace Rcm.Core.Documentation;

/// <summary>
/// One thing missing or inconsistent in a visit note, with a permanent code from the DOC family (docs/templates.md).
/// Findings are data, never exceptions: a check collects all of them so the provider fixes the note in one pass.
/// </summary>
/// <param name="Code">Permanent code, e.g. <c>DOC001</c>; never reused for another meaning.</param>
/// <param name="Severity">Block keeps the note from being signed or coded; Warn only advises.</param>
/// <param name="FieldId">The template field the finding is about (for two-field checks, the field to correct); null for the note as a whole.</param>
/// <param name="Message">What is wrong, in plain words a provider understands. Never carries field values beyond codes and minutes.</param>
public sealed record DocumentationFinding(string Code, DocumentationSeverity Severity, string? FieldId, string Message)
{
    public bool IsBlocking => Severity == DocumentationSeverity.Block;

    public override string ToString() => FieldId is null ? $"{Code} {Message}" : $"{Code} [{FieldId}] {Message}";
}
