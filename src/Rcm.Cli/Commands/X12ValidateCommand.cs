using System.CommandLine;
using System.Text.Json;
using Rcm.X12;
using Rcm.X12.Validation;

namespace Rcm.Cli.Commands;

/// <summary>
/// `rcm x12 validate FILE... [--json]`: envelopes, implementation-guide conformance (SNIP 1–2) and balancing for each
/// file. Exit 0 when every file is valid, 1 when any has an error finding, 2 when any cannot be read as X12.
/// </summary>
internal static class X12ValidateCommand
{
    private const string Help = """
        Check X12 5010 files against their implementation guides.

        For every file: envelopes (ISA/IEA, GS/GE, ST/SE counts and control numbers), then each transaction set against
        its guide (837P X222A1, 837I X223A2, 835 X221A1, 270/271 X279A1, 276/277 X212, 277CA X214, 278 X217,
        999 X231A1): segment order, loops, repeats, required segments and elements, types, lengths and codes; and the
        balancing rules (835 BPR/CLP/SVC against CAS and PLB, 837 CLM02 against line charges). Every finding has a
        permanent code (docs/x12-issue-codes.md), a severity, the segment's ordinal in the file, its id, loop and element.

        Exit codes: 0 all files valid, 1 any file has an error finding, 2 any file is missing or not X12 at all.

        Examples:
          rcm x12 validate claims.837                 one file, findings as text
          rcm x12 validate in/*.835 --json > out.json every file, findings as JSON
          rcm x12 validate a.837 && submit a.837      use the exit code as a gate
        """;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "X12 files to check", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON (one object per file) to standard output" };
        var command = new Command("validate", Help);
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(parseResult.GetValue(files) ?? [], parseResult.GetValue(json)));
        return command;
    }

    private static int Run(FileInfo[] files, bool asJson)
    {
        var results = files.Select(Check).ToList();
        if (asJson)
        {
            WriteJson(results);
        }
        else
        {
            foreach (var result in results)
            {
                WriteText(result);
            }
        }

        return results.Any(r => r.Report is null) ? 2 : results.Any(r => !r.Report!.IsValid) ? 1 : 0;
    }

    private static FileResult Check(FileInfo? file)
    {
        // An empty or malformed path reaches us as null from the argument parser: unreadable input, not a crash.
        if (file is null)
        {
            return new FileResult("", null, "IO", "Empty or invalid file name");
        }

        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // Files up to 512 MB are read whole (fastest); larger ones stream in bounded memory.
            var report = stream.Length <= 512L << 20
                ? X12Validator.Validate(ReadAll(stream))
                : X12Validator.Validate(stream);
            return new FileResult(file.ToString(), report, null, null);
        }
        catch (X12FormatException e)
        {
            return new FileResult(file.ToString(), null, e.Code, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileResult(file.ToString(), null, "IO", e is FileNotFoundException or DirectoryNotFoundException
                ? "File not found" : e.Message);
        }
    }

    private static byte[] ReadAll(FileStream stream)
    {
        var buffer = GC.AllocateUninitializedArray<byte>((int)stream.Length);
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static void WriteText(FileResult result)
    {
        var output = Console.Out;
        if (result.Report is not { } report)
        {
            output.WriteLine($"{result.File}: UNREADABLE ({result.ErrorCode}) {result.ErrorMessage}");
            return;
        }

        var errors = report.Issues.Count(i => i.Severity == X12Severity.Error);
        var warnings = report.Issues.Count(i => i.Severity == X12Severity.Warning);
        var sets = string.Join(", ", report.Transactions.GroupBy(t => $"{t.Envelope.SetId} {t.Version}")
            .Select(g => $"{g.Count()} × {g.Key}{(g.First().Guide is null ? " (no guide)" : "")}"));
        output.WriteLine($"{result.File}: {(report.IsValid ? "VALID" : "INVALID")} — {Plural(errors, "error")}, {Plural(warnings, "warning")}; {(sets.Length == 0 ? "no transaction sets" : sets)}");
        foreach (var i in report.Issues)
        {
            var element = i.ElementPosition is null ? "" : $"{i.SegmentId}{i.ElementPosition:00}{(i.ComponentPosition is null ? "" : "-" + i.ComponentPosition)}";
            output.WriteLine($"  {i.Code} {Severity(i.Severity),-7} segment {i.SegmentOrdinal} {i.SegmentId,-3} loop {i.LoopId ?? "-",-6} {element,-8} {i.Message}");
        }
    }

    private static void WriteJson(List<FileResult> results)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("file", result.File);
            json.WriteBoolean("readable", result.Report is not null);
            json.WriteBoolean("valid", result.Report?.IsValid ?? false);
            if (result.Report is not { } report)
            {
                json.WriteString("errorCode", result.ErrorCode);
                json.WriteString("error", result.ErrorMessage);
                json.WriteStartArray("transactions");
                json.WriteEndArray();
                json.WriteStartArray("issues");
                json.WriteEndArray();
                json.WriteEndObject();
                continue;
            }

            json.WriteStartArray("transactions");
            foreach (var t in report.Transactions)
            {
                json.WriteStartObject();
                json.WriteString("setId", t.Envelope.SetId);
                json.WriteString("controlNumber", t.Envelope.ControlNumber);
                json.WriteString("version", t.Version);
                json.WriteString("guide", t.Guide?.Version);
                json.WriteNumber("segment", t.Envelope.FirstSegmentOrdinal);
                json.WriteBoolean("valid", t.IsValid);
                json.WriteNumber("errors", t.Issues.Count(i => i.Severity == X12Severity.Error));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("issues");
            foreach (var i in report.Issues)
            {
                json.WriteStartObject();
                json.WriteString("code", i.Code);
                json.WriteString("severity", Severity(i.Severity));
                json.WriteNumber("segment", i.SegmentOrdinal);
                json.WriteString("segmentId", i.SegmentId);
                WriteNullable(json, "loop", i.LoopId);
                WriteNullable(json, "element", i.ElementPosition);
                WriteNullable(json, "component", i.ComponentPosition);
                WriteNullable(json, "value", i.Value);
                json.WriteString("message", i.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Severity(X12Severity severity) => severity switch
    {
        X12Severity.Error => "error",
        X12Severity.Warning => "warning",
        _ => "info",
    };

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private sealed record FileResult(string File, X12ValidationReport? Report, string? ErrorCode, string? ErrorMessage);
}
