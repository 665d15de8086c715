using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rcm.Sandbox.Payers;

/// <summary>
/// Reads the sandbox data file: the default embedded in this assembly (Data/sandbox-data.json), or one given by path.
/// Checks what a typo would silently break (unknown payer ids, plans, duplicate members) and says where.
/// </summary>
public static class SandboxDataLoader
{
    private const string ResourceName = "Rcm.Sandbox.Data.sandbox-data.json";

    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    public static SandboxData LoadDefault()
    {
        using Stream stream = typeof(SandboxDataLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream, "embedded default");
    }

    public static SandboxData LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new SandboxConfigurationException($"Sandbox data file not found: {path}");
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static SandboxData Load(Stream stream, string source)
    {
        SandboxData? data;
        try
        {
            data = JsonSerializer.Deserialize<SandboxData>(stream, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new SandboxConfigurationException($"Sandbox data file {source} is not valid: {e.Message}", e);
        }

        if (data is null)
        {
            throw new SandboxConfigurationException($"Sandbox data file {source} is empty.");
        }

        Check(data, source);
        return data;
    }

    private static void Check(SandboxData data, string source)
    {
        if (data.Payers.Count == 0)
        {
            throw new SandboxConfigurationException($"Sandbox data file {source} defines no payers.");
        }

        var payers = new Dictionary<string, PayerProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (PayerProfile payer in data.Payers)
        {
            if (!payers.TryAdd(payer.Id, payer))
            {
                throw new SandboxConfigurationException($"Sandbox data file {source}: payer id {payer.Id} appears twice.");
            }

            if (payer.Plans.Count == 0)
            {
                throw new SandboxConfigurationException($"Sandbox data file {source}: payer {payer.Id} has no plans.");
            }
        }

        var seen = new HashSet<(string, string, string, DateOnly)>();
        foreach (var member in data.Members)
        {
            if (!payers.TryGetValue(member.PayerId, out PayerProfile? payer))
            {
                throw new SandboxConfigurationException(
                    $"Sandbox data file {source}: member {member.MemberId} names unknown payer {member.PayerId}.");
            }

            if (payer.Plans.All(p => p.Id != member.PlanId))
            {
                throw new SandboxConfigurationException(
                    $"Sandbox data file {source}: member {member.MemberId} names plan {member.PlanId}, which payer {payer.Id} does not offer.");
            }

            if (!seen.Add((member.PayerId, member.MemberId, member.Person.FirstName, member.Person.BirthDate)))
            {
                throw new SandboxConfigurationException(
                    $"Sandbox data file {source}: member {member.MemberId} at {member.PayerId} appears twice.");
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
