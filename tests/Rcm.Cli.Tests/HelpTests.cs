using System.CommandLine;
using Rcm.Cli.Commands;

namespace Rcm.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Root_help_names_the_starting_commands()
    {
        Assert.Contains("rcm serve", RootHelp.Text);
        Assert.Contains("rcm x12 validate", RootHelp.Text);
    }

    [Fact]
    public void Version_command_prints_the_product_name()
    {
        var output = new StringWriter();
        var root = new RootCommand { VersionCommand.Create() };
        var exit = root.Parse(["version"]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
    }
}
