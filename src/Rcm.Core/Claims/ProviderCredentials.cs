namespace Rcm.Core.Claims;

/// <summary>
/// The credential a NUCC taxonomy code implies, for claims that arrive without the provider directory behind them (an 837
/// from another system). Only taxonomies that name one credential are mapped (NUCC v25.1 Behavior Analysis codes).
/// </summary>
public static class ProviderCredentials
{
    public static string? FromTaxonomy(string? taxonomy) => taxonomy switch
    {
        "103K00000X" => "BCBA",   // Behavior Analyst
        "106E00000X" => "BCaBA",  // Assistant Behavior Analyst
        "106S00000X" => "RBT",    // Behavior Technician
        _ => null,
    };
}
