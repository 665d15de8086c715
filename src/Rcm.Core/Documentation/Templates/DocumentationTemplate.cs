using Rcm.Core.Documentation.Checks;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// One version of a documentation template for a service line: the fields a note captures and the checks that keep them
/// consistent. Versions are immutable once published; a change is a new version with a later <see cref="EffectiveFrom"/>.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>aba-therapy</c>.</param>
/// <param name="Version">Version number, starting at 1.</param>
/// <param name="ServiceLine">The service line the template serves, e.g. <c>ABA therapy</c>.</param>
/// <param name="Title">Title shown on the note form.</param>
/// <param name="EffectiveFrom">Notes started at or after this instant use this version (until a later version takes effect).</param>
/// <param name="Fields">The fields, in form order.</param>
/// <param name="Checks">The consistency checks.</param>
public sealed record DocumentationTemplate(
    string Id,
    int Version,
    string ServiceLine,
    string Title,
    DateTimeOffset EffectiveFrom,
    IReadOnlyList<TemplateField> Fields,
    IReadOnlyList<TemplateCheck> Checks)
{
    /// <summary>Free notes about the template (sources, scope), for docs and editors.</summary>
    public string? Notes { get; init; }
}
