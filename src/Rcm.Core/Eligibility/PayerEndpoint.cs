using Rcm.Core.Intake;

namespace Rcm.Core.Eligibility;

/// <summary>Where a payer's real-time X12 goes: a URL (sandbox or clearinghouse) and the payer id in NM1*PR.</summary>
public sealed record PayerEndpoint(Uri Url, string PayerCode)
{
    /// <summary>
    /// The real-time endpoint of a payer as configured, or null when it has none (no connection, batch only, portal).
    /// A sandbox payer answers on its host's <c>/x12</c> (docs/sandbox.md), whatever path the payer row names.
    /// </summary>
    public static PayerEndpoint? For(Payer payer)
    {
        if (string.IsNullOrWhiteSpace(payer.ConnectivityEndpoint) || !Uri.TryCreate(payer.ConnectivityEndpoint, UriKind.Absolute, out var url)) return null;
        return payer.ConnectivityMode switch
        {
            ConnectivityMode.Sandbox => new PayerEndpoint(new Uri(url.GetLeftPart(UriPartial.Authority) + "/x12"), payer.PayerCode),
            ConnectivityMode.X12Http => new PayerEndpoint(url, payer.PayerCode),
            _ => null,
        };
    }
}
