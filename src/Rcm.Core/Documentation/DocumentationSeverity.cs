namespace Rcm.Core.Documentation;

/// <summary>
/// Whether a documentation finding keeps the note from being signed or coded (<see cref="Block"/>) or only advises
/// (<see cref="Warn"/>). Mirrors the claim-validation severities so both kinds of finding read alike in the UI.
/// </summary>
public enum DocumentationSeverity
{
    Warn,
    Block,
}
