using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Claims;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>What scrubbing one transaction slice found; produced in parallel, merged and written in file order.</summary>
internal sealed class SliceOutcome
{
    public List<Finding> FileFindings { get; } = [];
    public List<ScrubbedClaim> Reported { get; } = [];
    public List<(X12InterchangeContent Interchange, X12GroupContent Group, ClaimTransaction837 Transaction)> Claims837 { get; } = [];
    public HashSet<ClaimInformation> Held { get; } = new(ReferenceEqualityComparer.Instance);
    public int ClaimCount { get; set; }
    public int HeldCount { get; set; }
}
