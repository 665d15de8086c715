namespace Rcm.Core.Documentation.Storage;

/// <summary>A request the documentation stage cannot act on as asked (an unknown template or field): a 422 naming the field, never a crash.</summary>
public sealed class DocumentationRequestException(string field, string message) : Exception(message)
{
    /// <summary>The request field at fault, e.g. <c>templateId</c>.</summary>
    public string Field { get; } = field;
}
