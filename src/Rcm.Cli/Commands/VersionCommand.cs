using System.CommandLine;
using System.Reflection;

namespace Rcm.Cli.Commands;

/// <summary>`rcm version`: the build this launcher runs, for bug reports.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the OpenRCM version.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
            Console.WriteLine($"OpenRCM {version}");
            return 0;
        });
        return command;
    }
}
