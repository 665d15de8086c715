using System.CommandLine;
using Rcm.Cli.Commands;

// Each command group lives in Commands/<Group>Commands.cs and adds itself here, one line each.
var root = new RootCommand(RootHelp.Text);
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(X12Commands.Create());
root.Subcommands.Add(ClaimsCommands.Create());
root.Subcommands.Add(CodesCommands.Create());
root.Subcommands.Add(SandboxCommands.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ApiKeyCommands.Create());
root.Subcommands.Add(EligibilityCommands.Create());
var parsed = root.Parse(args);
// Bad arguments exit 2 in every command (1 is reserved for "the input is invalid"); --help still shows help.
if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"rcm: {error.Message}");
    }

    Console.Error.WriteLine("Add --help to the command for its usage and examples.");
    return 2;
}

return await parsed.InvokeAsync();
