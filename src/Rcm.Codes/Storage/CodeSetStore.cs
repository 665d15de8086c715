using System.Reflection;

namespace Rcm.Codes.Storage;

/// <summary>
/// Where code-set files live: the shipped versions are embedded in this assembly
/// (`Rcm.Codes.Data.&lt;id&gt;.rcmc`); imported versions sit in `&lt;data&gt;/codes/&lt;id&gt;/*.rcmc` and the newest
/// one (file names sort by effective date, then import time) is layered over the shipped one.
/// </summary>
internal static class CodeSetStore
{
    public const string ShippedOrigin = "shipped";

    public static Stream OpenShipped(string id) =>
        typeof(CodeSetStore).Assembly.GetManifestResourceStream($"Rcm.Codes.Data.{id}.rcmc")
        ?? throw new InvalidOperationException($"Shipped code set '{id}' is missing from the Rcm.Codes assembly.");

    public static Stream OpenShippedText(string name) =>
        typeof(CodeSetStore).Assembly.GetManifestResourceStream($"Rcm.Codes.Data.{name}")
        ?? throw new InvalidOperationException($"Shipped data file '{name}' is missing from the Rcm.Codes assembly.");

    public static string SetDirectory(string dataDirectory, string id) => Path.Combine(dataDirectory, "codes", id);

    /// <summary>The newest imported file for a set, or null.</summary>
    public static string? FindImported(string? dataDirectory, string id)
    {
        if (string.IsNullOrEmpty(dataDirectory))
        {
            return null;
        }
        string dir = SetDirectory(dataDirectory, id);
        if (!Directory.Exists(dir))
        {
            return null;
        }
        return Directory.EnumerateFiles(dir, "*.rcmc").OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal).LastOrDefault();
    }

    /// <summary>Loads the newest version of a set: imported when there is one, else shipped.</summary>
    public static ReferenceCodeSet Load(string? dataDirectory, string id)
    {
        string? imported = FindImported(dataDirectory, id);
        if (imported is null)
        {
            using Stream s = OpenShipped(id);
            (CodeSetHeader h, CodeTable t) = CodeTableFile.Read(s, $"shipped {id}");
            return new ReferenceCodeSet(h, t, ShippedOrigin);
        }
        using (FileStream f = File.OpenRead(imported))
        {
            (CodeSetHeader h, CodeTable t) = CodeTableFile.Read(f, imported);
            if (h.Id != id)
            {
                throw new InvalidDataException($"{imported}: holds set '{h.Id}', expected '{id}'.");
            }
            return new ReferenceCodeSet(h, t, imported);
        }
    }

    public static string Version => typeof(CodeSetStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
}
