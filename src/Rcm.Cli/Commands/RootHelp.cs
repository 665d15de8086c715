namespace Rcm.Cli.Commands;

/// <summary>The text `rcm --help` opens with: what OpenRCM is and where to start.</summary>
internal static class RootHelp
{
    public const string Text = """
        OpenRCM: revenue-cycle automation for clinics and billing companies.

        Start here:
          rcm serve                      run the platform (API, web UI, workers) on ./data with a demo practice
          rcm sandbox                    run the payer/clearinghouse simulator on its own (--members lists test patients)
          rcm x12 validate FILE...       check X12 5010 files against the implementation guides
          rcm claims scrub IN.837        hold back claims that would be denied, write the clean ones
          rcm codes lookup CODE          is a diagnosis/procedure/adjustment code valid on a date? (--set, --date)
          rcm eligibility check ...      ask a payer whether a member is covered (270/271)
          rcm apikey create ...          issue an API key for integrations

        Exit codes: 0 success; 1 the input has problems (invalid file, held claims, invalid code); 2 bad arguments or
        unreadable input; eligibility also uses 3 (inactive or not found) and 4 (payer unreachable).
        Every command has --help with examples.
        """;
}
