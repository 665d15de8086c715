namespace Rcm.Sandbox.Adjudication;

/// <summary>Where a claim stands at the payer.</summary>
public enum ClaimState
{
    /// <summary>Rejected at the front end (277CA A3/A6/A7); never adjudicated.</summary>
    Rejected,

    /// <summary>Accepted (277CA A2) and waiting for its adjudication date.</summary>
    InProcess,

    /// <summary>Decided; the 835 went out.</summary>
    Finalized,

    /// <summary>Replaced or voided by a later claim; its payment was reversed (CLP02 22).</summary>
    Reversed,
}
