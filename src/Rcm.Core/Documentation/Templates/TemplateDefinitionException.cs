namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// A template or overlay definition that cannot be used (unreadable JSON, a check naming a field that does not exist,
/// duplicate ids …). Carries every problem found and where the definition came from, so an editor can fix them all at once.
/// </summary>
public sealed class TemplateDefinitionException : Exception
{
    public TemplateDefinitionException(string origin, IReadOnlyList<string> problems, Exception? inner = null)
        : base($"Template definition '{origin}' is not usable: {string.Join("; ", problems)}", inner)
    {
        Origin = origin;
        Problems = problems;
    }

    /// <summary>File or resource name, or the id of the definition.</summary>
    public string Origin { get; }

    public IReadOnlyList<string> Problems { get; }
}
