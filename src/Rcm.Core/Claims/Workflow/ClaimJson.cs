using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.Core.Claims.Workflow;

/// <summary>
/// The stored form of a business <see cref="Claim"/>: one JSON document per claim, so the claim model can grow without a
/// migration per field. The columns of <see cref="ClaimRecord"/> copy only what lists and queues filter on.
/// </summary>
public static class ClaimJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Claim claim) => JsonSerializer.Serialize(claim, Options);

    public static Claim Read(string json) => JsonSerializer.Deserialize<Claim>(json, Options)
        ?? throw new InvalidOperationException("A stored claim document is empty.");
}
