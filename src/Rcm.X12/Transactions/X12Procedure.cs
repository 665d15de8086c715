namespace Rcm.X12.Transactions;

/// <summary>
/// A composite medical procedure identifier (C003): SV101/SV202 in the 837, SVC01/SVC06 in the 835, SVC01 in the
/// 277, EB13 in the 271. Component 1 qualifier (<c>HC</c> HCPCS/CPT, <c>NU</c> revenue code, <c>N4</c> NDC…),
/// component 2 the code, components 3–6 modifiers, component 7 description.
/// </summary>
public sealed record X12Procedure
{
    public string Qualifier { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    /// <summary>Up to four modifiers (components 3–6), in order; an empty modifier before a later one is kept as "".</summary>
    public List<string> Modifiers { get => field ??= []; set; }

    /// <summary>Component 7.</summary>
    public string? Description { get; set; }
}
