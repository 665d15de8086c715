using System.CommandLine;

namespace Rcm.Cli.Commands;

/// <summary>`rcm x12 ...`: the X12 5010 engine on its own (validate, parse, acknowledge).</summary>
internal static class X12Commands
{
    public static Command Create()
    {
        var x12 = new Command("x12", "Read, validate and acknowledge X12 5010 files (837P/837I, 835, 270/271, 276/277, 277CA, 278, 999).");
        x12.Subcommands.Add(X12ValidateCommand.Create());
        x12.Subcommands.Add(X12ParseCommand.Create());
        x12.Subcommands.Add(X12AckCommand.Create());
        return x12;
    }
}
