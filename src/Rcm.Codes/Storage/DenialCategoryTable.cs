namespace Rcm.Codes.Storage;

/// <summary>
/// Reads the reviewed CARC/RARC → denial category tables shipped as TSV (code, category, reason).
/// They are data, not code, so a reviewer can read and change one line per code.
/// </summary>
internal static class DenialCategoryTable
{
    public static Dictionary<ulong, DenialCategory> Read(TextReader reader, string what)
    {
        var map = new Dictionary<ulong, DenialCategory>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#' || (lineNo == 1 && line.StartsWith("code\t", StringComparison.Ordinal)))
            {
                continue;
            }
            string[] f = line.Split('\t');
            if (f.Length < 2 || !CodeKey.TryPack(f[0], out ulong key) || !Enum.TryParse(f[1], ignoreCase: false, out DenialCategory cat)
                || !Enum.IsDefined(cat))
            {
                throw new InvalidDataException($"{what} line {lineNo}: expected 'code<TAB>category<TAB>reason' with a known category, got '{line}'.");
            }
            if (!map.TryAdd(key, cat))
            {
                throw new InvalidDataException($"{what} line {lineNo}: code {f[0]} is listed twice.");
            }
        }
        return map;
    }

    public static Dictionary<ulong, DenialCategory> ReadShipped(string name)
    {
        using var reader = new StreamReader(CodeSetStore.OpenShippedText(name));
        return Read(reader, name);
    }
}
