using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.Core.Documentation.Templates;

/// <summary>
/// Reads and writes template and overlay definitions as JSON: the format of the files under Templates/Data and, in phase 2,
/// of the API that edits them, so one format serves both. Comments and trailing commas are allowed in files because they
/// are written by people; missing required properties and unknown check kinds are errors, never silently ignored.
/// </summary>
public static class TemplateJson
{
    // Immutable once built (the options are frozen by the first use); holds no state that changes between calls.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowOutOfOrderMetadataProperties = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static DocumentationTemplate ReadTemplate(string json, string origin) => Read<DocumentationTemplate>(json, origin);

    public static PayerOverlay ReadOverlay(string json, string origin) => Read<PayerOverlay>(json, origin);

    public static string Write(DocumentationTemplate template) => JsonSerializer.Serialize(template, Options);

    public static string Write(PayerOverlay overlay) => JsonSerializer.Serialize(overlay, Options);

    private static T Read<T>(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new TemplateDefinitionException(origin, ["the file holds null"]);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? "" : $" at {ex.Path}";
            var line = ex.LineNumber is { } l ? $" (line {l + 1})" : "";
            throw new TemplateDefinitionException(origin, [$"{ex.Message.Split(" Path:")[0]}{where}{line}"], ex);
        }
    }
}
