using System.CommandLine;

namespace Rcm.Cli.Commands;

/// <summary>`rcm x12 ack`. Being built (issue 3); until then it says so and exits 2.</summary>
internal static class X12AckCommand
{
    public static Command Create()
    {
        var command = new Command("ack", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("rcm x12 ack: not available in this build yet");
            return 2;
        });
        return command;
    }
}
