using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Scrubbing;

/// <summary>
/// A claim of a scrubbed 837 that has findings (held, or passed with warnings): enough to find it and fix it, without
/// keeping the claim itself, so a file of 190,000 claims scrubs in bounded memory.
/// </summary>
public sealed record ScrubbedClaim(
    string ClaimId,
    ClaimKind Kind,
    string PayerId,
    string PayerName,
    string PatientName,
    DateOnly? FirstServiceDate,
    decimal TotalCharge,
    string TransactionControlNumber,
    IReadOnlyList<Finding> Findings)
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

    public static ScrubbedClaim From(Claim claim, string transactionControlNumber, IReadOnlyList<Finding> findings)
    {
        var patient = claim.PatientPerson;
        string name = patient.FirstName is { Length: > 0 } first ? $"{patient.LastName}, {first}" : patient.LastName;
        return new ScrubbedClaim(claim.ClaimId, claim.Kind, claim.PayerId, claim.PayerName, name, claim.FirstServiceDate,
            claim.TotalCharge, transactionControlNumber, findings);
    }
}
