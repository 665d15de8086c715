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
return await root.Parse(args).InvokeAsync();
