namespace Rcm.Core.Documentation;

/// <summary>The permanent identity of one documentation rule: code, severity and a one-line title (as listed in docs/templates.md).</summary>
/// <param name="Code">Permanent code, family <c>DOC</c>.</param>
/// <param name="Severity">What every finding of this rule weighs.</param>
/// <param name="Title">One line saying what the rule catches.</param>
public sealed record DocumentationRule(string Code, DocumentationSeverity Severity, string Title)
{
    /// <summary>A finding of this rule about <paramref name="fieldId"/>.</summary>
    public DocumentationFinding Finding(string? fieldId, string message) => new(Code, Severity, fieldId, message);
}
