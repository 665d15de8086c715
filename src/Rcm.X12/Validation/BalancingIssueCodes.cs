namespace Rcm.X12.Validation;

/// <summary>
/// Permanent codes of balancing findings (family BAL, SNIP level 3: amounts that must add up inside one
/// transaction). Listed with severities and the guide sections they come from in docs/x12-issue-codes.md.
/// </summary>
public static class BalancingIssueCodes
{
    /// <summary>835: BPR02 differs from the sum of CLP04 less the sum of PLB adjustment amounts (X221A1 1.10.2.1.3).</summary>
    public const string RemittanceTotal = "BAL001";

    /// <summary>835: CLP03 less all claim- and line-level CAS amounts differs from CLP04 (X221A1 1.10.2.1.1).</summary>
    public const string ClaimPayment = "BAL002";

    /// <summary>835: SVC02 less the line's CAS amounts differs from SVC03 (X221A1 1.10.2.1.2).</summary>
    public const string ServiceLinePayment = "BAL003";

    /// <summary>837: CLM02 differs from the sum of the claim's line charges (SV102 / SV203).</summary>
    public const string ClaimCharge = "BAL101";
}
