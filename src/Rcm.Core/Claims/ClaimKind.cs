namespace Rcm.Core.Claims;

/// <summary>Which claim form the claim is: professional (CMS-1500, sent as 837P) or institutional (UB-04, sent as 837I).</summary>
public enum ClaimKind
{
    Professional,
    Institutional,
}
