using System.Globalization;
using Rcm.Codes.Storage;

namespace Rcm.Codes.Import;

/// <summary>
/// Brings a set up to date from publisher files: parses them, layers each new version over the newest
/// one already loaded (imported or shipped), and writes the result into
/// `&lt;data&gt;/codes/&lt;set&gt;/&lt;effective&gt;_&lt;imported-at&gt;.rcmc`. All sets are parsed and built
/// before anything is written, and files appear only by rename, so a failed import leaves nothing behind.
/// </summary>
public sealed class CodeSetImporter(string dataDirectory, TimeProvider time)
{
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Imports a file, folder or zip. Throws <see cref="CodeImportException"/> and writes nothing on bad input.</summary>
    public ImportResult Import(string source, ImportOptions options, IProgress<ImportProgress>? progress = null)
    {
        var skipped = new List<string>();
        IReadOnlyList<ParsedCodeFile> parsed = CodeFileReader.ParseSource(source, options, skipped, progress);
        if (parsed.Count == 0)
        {
            throw new CodeImportException(source, 0, "no file with a recognised code-set layout" + (skipped.Count > 0 ? $" (skipped: {string.Join(", ", skipped.Select(Path.GetFileName))})." : "."));
        }
        if (options.SetId is not null && parsed.Any(p => p.SetId != options.SetId))
        {
            throw new CodeImportException(source, 0, $"--set {options.SetId} was given but the file holds {string.Join(", ", parsed.Select(p => p.SetId).Distinct())}.");
        }
        var summaries = new List<ChangeSummary>();
        var pending = new List<(string SetId, CodeTableBuilder Builder)>();
        var groups = parsed.GroupBy(p => p.SetId).ToList();
        for (int g = 0; g < groups.Count; g++)
        {
            string id = groups[g].Key;
            progress?.Report(new ImportProgress("layering " + id, g, groups.Count));
            ReferenceCodeSet current = CodeSetStore.Load(DataDirectory, id);
            var builder = new CodeTableBuilder(current.Header, current.Rows());
            foreach (ParsedCodeFile file in groups[g].OrderBy(p => p.Effective))
            {
                summaries.Add(Apply(builder, file, time.GetUtcNow()));
            }
            pending.Add((id, builder));
        }
        progress?.Report(new ImportProgress("writing", 0, pending.Count));
        var written = new List<string>();
        var temps = new List<(string Temp, string Final)>();
        try
        {
            string stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            foreach ((string id, CodeTableBuilder builder) in pending)
            {
                string dir = CodeSetStore.SetDirectory(DataDirectory, id);
                Directory.CreateDirectory(dir);
                string final = Path.Combine(dir, $"{builder.Header.LatestEffective:yyyy-MM-dd}_{stamp}.rcmc");
                string temp = final + ".tmp";
                using (FileStream f = File.Create(temp))
                {
                    builder.Write(f);
                }
                temps.Add((temp, final));
            }
            foreach ((string temp, string final) in temps)
            {
                File.Move(temp, final, overwrite: true);
                written.Add(final);
            }
        }
        finally
        {
            foreach ((string temp, _) in temps)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
        progress?.Report(new ImportProgress("done", pending.Count, pending.Count));
        return new ImportResult(summaries, written, skipped);
    }

    /// <summary>Layers one parsed file onto a builder and updates the set's header.</summary>
    public static ChangeSummary Apply(CodeTableBuilder builder, ParsedCodeFile file, DateTimeOffset importedAt)
    {
        CodeSetHeader h = builder.Header;
        if (!builder.IsEmpty && file.Effective < h.LatestEffective)
        {
            throw new CodeImportException(file.Source, 0,
                $"{file.Version} takes effect {file.Effective:yyyy-MM-dd}, before the loaded {h.Id} version ({h.Version}, effective {h.LatestEffective:yyyy-MM-dd}). Import versions oldest first.");
        }
        bool baseline = builder.IsEmpty;
        ChangeSummary summary = file.Snapshot is not null
            ? builder.ApplySnapshot(file.Snapshot, file.Effective, file.Version, file.EndMissing, file.NewCodesStart, file.Scope, file.NewCodeAttributes, file.CodesOnly, file.InheritMissingTexts)
            : builder.ReplaceDated(file.DatedRows ?? [], file.Effective, file.Version, file.Scope ?? (_ => true));
        builder.Header = h with
        {
            Version = baseline || h.Version.Length == 0 ? file.Version : $"{file.Version} (over {h.Version})",
            Source = baseline || h.Source.Length == 0 ? file.Source : $"{file.Source}, imported {importedAt:yyyy-MM-dd}; over: {h.Source}",
            CoverageStart = baseline ? file.Effective : h.CoverageStart,
            DataThrough = baseline || file.DataThrough > h.DataThrough ? file.DataThrough : h.DataThrough,
            LatestEffective = baseline || file.Effective > h.LatestEffective ? file.Effective : h.LatestEffective,
            Gaps = file.Gaps ?? h.Gaps,
        };
        return summary;
    }
}
