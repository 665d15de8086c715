using Rcm.Core.Claims.X12;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>One claim of a scrubbed 837: where it was, what was found, and whether it is held back.</summary>
/// <param name="Source">The business claim and the typed loops it was read from.</param>
/// <param name="TransactionControlNumber">ST02 of its transaction set.</param>
/// <param name="Findings">Every finding, blocking and warning.</param>
public sealed record ScrubbedClaim(TranslatedClaim Source, string TransactionControlNumber, IReadOnlyList<Finding> Findings)
{
    /// <summary>Only blocking findings hold a claim back; warnings pass with it.</summary>
    public bool IsHeld
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.IsBlocking)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
