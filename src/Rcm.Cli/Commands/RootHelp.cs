namespace Rcm.Cli.Commands;

/// <summary>The text `rcm --help` opens with: what OpenRCM is and where to start.</summary>
internal static class RootHelp
{
    public const string Text = """
        OpenRCM: revenue-cycle automation for clinics and billing companies.

        Start here:
          rcm serve                      run the platform (API, web UI, workers) on ./data with a demo practice
          rcm sandbox                    run the payer/clearinghouse simulator on its own
          rcm x12 validate FILE...       check X12 5010 files against the implementation guides
          rcm claims scrub IN.837        hold back claims that would be denied, write the clean ones

        Every command has --help with examples.
        """;
}
