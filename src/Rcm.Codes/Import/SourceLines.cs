using System.IO.Compression;
using System.Text;

namespace Rcm.Codes.Import;

/// <summary>
/// The lines of a source file with their 1-based numbers; gzip is unpacked on the fly, a UTF-8 BOM is
/// dropped and Windows-1252 bytes in old CMS text files are read as Latin-1 rather than rejected.
/// </summary>
internal sealed class SourceLines
{
    private SourceLines(string name, List<string> lines)
    {
        Name = name;
        Lines = lines;
    }

    public string Name { get; }

    /// <summary>Lines in order; index i is line i + 1.</summary>
    public List<string> Lines { get; }

    public static SourceLines Read(string displayName, Stream stream)
    {
        var buffered = new MemoryStream();
        stream.CopyTo(buffered);
        byte[] bytes = buffered.ToArray();
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            var unpacked = new MemoryStream();
            gz.CopyTo(unpacked);
            bytes = unpacked.ToArray();
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        if (lines.Any(l => l.Contains('\0')))
        {
            throw new CodeImportException(displayName, 1 + lines.FindIndex(l => l.Contains('\0')), "holds binary data (NUL bytes); expected a text file.");
        }
        return new SourceLines(displayName, lines);
    }

    /// <summary>The first non-blank line, or "".</summary>
    public string FirstLine => Lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "";

    public CodeImportException Error(int line, string message) => new(Name, line, message);

    /// <summary>Splits CSV records (RFC 4180 quoting; a quoted field may span lines), with the line each record starts on.</summary>
    public IEnumerable<(int Line, string[] Fields)> CsvRecords()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int start = 1;
        for (int li = 0; li < Lines.Count; li++)
        {
            string line = Lines[li];
            if (!quoted)
            {
                start = li + 1;
                if (line.Length == 0)
                {
                    continue;
                }
            }
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }
            if (quoted)
            {
                field.Append('\n');
                continue;
            }
            fields.Add(field.ToString());
            field.Clear();
            yield return (start, fields.ToArray());
            fields.Clear();
        }
        if (quoted)
        {
            throw Error(start, "a quoted CSV field is never closed.");
        }
    }
}
