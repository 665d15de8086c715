using System.IO.Compression;

namespace Rcm.Codes.Import;

/// <summary>
/// Reads source files in any layout the importers recognise (official CMS/NUCC layouts and the
/// project's reference TSVs), from a file, a folder or a .zip as CMS distributes them.
/// </summary>
public static class CodeFileReader
{
    /// <summary>Parses one file's content; throws <see cref="CodeImportException"/> when the layout is unknown or a line is bad.</summary>
    public static IReadOnlyList<ParsedCodeFile> Parse(string name, Stream content, ImportOptions options)
    {
        SourceLines src = SourceLines.Read(name, content);
        if (src.Lines.Count == 0)
        {
            throw src.Error(0, "is empty.");
        }
        return ReferenceFileParser.TryParse(src, options) ?? OfficialFileParser.TryParse(src, options)
            ?? throw src.Error(1, "layout not recognised. Accepted: ICD-10-CM order file, HCPCS ANWEB records, NCCI PTP text, MUE CSV, "
                + "NUCC taxonomy CSV, and the reference TSV layouts in docs/code-sets.md.");
    }

    /// <summary>
    /// Parses a file, every file in a folder, or every text/CSV/TSV entry in a .zip. In folders and zips,
    /// files whose layout is not recognised are listed in <paramref name="skipped"/> instead of failing;
    /// a recognised file with a bad line still fails the whole import.
    /// </summary>
    public static IReadOnlyList<ParsedCodeFile> ParseSource(string source, ImportOptions options, List<string> skipped, IProgress<ImportProgress>? progress = null)
    {
        var results = new List<ParsedCodeFile>();
        if (Directory.Exists(source))
        {
            string[] files = Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            for (int i = 0; i < files.Length; i++)
            {
                progress?.Report(new ImportProgress("reading " + Path.GetFileName(files[i]), i, files.Length));
                ParseOne(files[i], () => File.OpenRead(files[i]), options, results, skipped, lenient: true);
            }
            return results;
        }
        if (!File.Exists(source))
        {
            throw new CodeImportException(source, 0, "no such file or folder.");
        }
        if (source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using ZipArchive zip = ZipFile.OpenRead(source);
            var entries = zip.Entries.Where(e => e.Length > 0 && IsTextName(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            for (int i = 0; i < entries.Count; i++)
            {
                ZipArchiveEntry e = entries[i];
                progress?.Report(new ImportProgress("reading " + e.FullName, i, entries.Count));
                ParseOne($"{source}!{e.FullName}", () => e.Open(), options, results, skipped, lenient: true);
            }
            foreach (ZipArchiveEntry e in zip.Entries.Where(e => e.Length > 0 && !IsTextName(e.FullName)))
            {
                skipped.Add($"{source}!{e.FullName}");
            }
            return results;
        }
        progress?.Report(new ImportProgress("reading " + Path.GetFileName(source), 0, 1));
        ParseOne(source, () => File.OpenRead(source), options, results, skipped, lenient: false);
        return results;
    }

    private static void ParseOne(string name, Func<Stream> open, ImportOptions options, List<ParsedCodeFile> results, List<string> skipped, bool lenient)
    {
        using Stream s = open();
        try
        {
            results.AddRange(Parse(name, s, options));
        }
        catch (CodeImportException e) when (lenient && e.Line <= 1 && e.Message.Contains("layout not recognised", StringComparison.Ordinal))
        {
            skipped.Add(name);
        }
    }

    private static bool IsTextName(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
}
