using System.CommandLine;
using Rcm.X12;
using Rcm.X12.Acknowledgments;
using Rcm.X12.Validation;

namespace Rcm.Cli.Commands;

/// <summary>`rcm x12 ack FILE [--out FILE]`: the 999 Implementation Acknowledgment for an inbound file.</summary>
internal static class X12AckCommand
{
    private const string Help = """
        Write the 999 Implementation Acknowledgment (005010X231A1) for an inbound X12 file.

        The file is validated first (as `rcm x12 validate` does); then, per inbound functional group, one 999
        transaction set says which transaction sets were accepted (IK5 A), accepted with errors noted (E) or rejected (R),
        with an IK3 per segment in error and an IK4 per element in error, and AK9 gives the group's verdict (A/E/P/R).
        The 999 goes back from the receiver to the sender: ISA sender and receiver are swapped.

        Exit codes: 0 the 999 was written (whatever it says), 2 the file is missing or not X12 at all.

        Examples:
          rcm x12 ack claims.837                       print the 999
          rcm x12 ack claims.837 --out claims.999      write it to a file
          rcm x12 ack claims.837 | grep IK5            one verdict line per transaction set
        """;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The inbound X12 file to acknowledge" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the 999 to this file instead of standard output" };
        var command = new Command("ack", Help);
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo file, FileInfo? output)
    {
        X12ValidationReport report;
        try
        {
            report = X12Validator.Validate(File.ReadAllBytes(file.FullName));
        }
        catch (X12FormatException e)
        {
            Console.Error.WriteLine($"{file}: not readable as X12 ({e.Code}) {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: {(e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message)}");
            return 2;
        }

        var ack = ImplementationAcknowledgmentWriter.Create(report);
        if (ack.Length == 0)
        {
            Console.Error.WriteLine($"{file}: holds only acknowledgments (999/997), which are not acknowledged; no 999 written");
        }

        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(ack);
        }
        else
        {
            File.WriteAllBytes(output.FullName, ack);
        }

        return 0;
    }
}
