using Rcm.Core.Claims.Workflow;

namespace Rcm.Server.Pages.Claims;

/// <summary>Claim states in plain words for the pages.</summary>
public static class ClaimStatusText
{
    public static string For(ClaimStatus status) => status switch
    {
        ClaimStatus.Held => "Held: fix the findings before submitting",
        ClaimStatus.Ready => "Ready to submit",
        _ => "Queued for submission (sending to the clearinghouse comes in a later release)",
    };
}
