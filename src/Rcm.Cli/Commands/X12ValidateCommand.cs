using System.CommandLine;

namespace Rcm.Cli.Commands;

/// <summary>`rcm x12 validate`. Being built (issue 3); until then it says so and exits 2.</summary>
internal static class X12ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("rcm x12 validate: not available in this build yet");
            return 2;
        });
        return command;
    }
}
