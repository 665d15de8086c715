using Rcm.X12.Transactions;
using Rcm.X12.Transactions.ClaimStatus;

namespace Rcm.Sandbox.RealTime;

/// <summary>One claim asked about in a 276 (2000D subscriber or 2000E dependent with its 2200 claim data).</summary>
public sealed record ClaimStatusQuestion
{
    public string MemberId { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    public string FirstName { get; init; } = string.Empty;

    public string Trace { get; init; } = "0";

    public string? PayerClaimNumber { get; init; }

    public string? ClaimId { get; init; }

    public decimal? Charge { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>
    /// The questions of a typed 276 (Rcm.X12's <see cref="ClaimStatusRequest276"/>): every claim under a subscriber
    /// (HL 22) or dependent (HL 23) level, with the subscriber's member id.
    /// </summary>
    public static IReadOnlyList<ClaimStatusQuestion> ReadAll(ClaimStatusRequest276 request)
    {
        var questions = new List<ClaimStatusQuestion>();
        void Walk(ClaimStatusLevel level, string memberId)
        {
            if (level.LevelCode == "22")
            {
                memberId = level.Party?.Name.Identifier ?? string.Empty;
            }

            foreach (ClaimStatusClaim claim in level.Claims)
            {
                X12DateValue? dates = claim.Dates.FirstOrDefault(d => d.Qualifier == "472");
                questions.Add(new ClaimStatusQuestion
                {
                    MemberId = memberId,
                    LastName = level.Party?.Name.LastOrOrganizationName ?? string.Empty,
                    FirstName = level.Party?.Name.FirstName ?? string.Empty,
                    Trace = claim.Trace?.ReferenceId is { Length: > 0 } t ? t : "0",
                    PayerClaimNumber = claim.PayerClaimControlNumber,
                    ClaimId = claim.References.FirstOrDefault(r => r.Qualifier == "EJ")?.Value,
                    Charge = claim.Amounts.FirstOrDefault(a => a.Qualifier == "T3")?.Amount,
                    From = dates?.Date,
                    To = dates?.EndDate ?? dates?.Date,
                });
            }

            foreach (ClaimStatusLevel child in level.Children)
            {
                Walk(child, memberId);
            }
        }

        foreach (ClaimStatusLevel level in request.Levels)
        {
            Walk(level, string.Empty);
        }

        return questions;
    }

    /// <summary>The party named at the first level with <paramref name="levelCode"/> (20 payer, 21 receiver, 19 provider).</summary>
    public static X12Party? PartyAt(ClaimStatusRequest276 request, string levelCode)
    {
        IEnumerable<ClaimStatusLevel> All(IEnumerable<ClaimStatusLevel> levels) => levels.SelectMany(l => All(l.Children).Prepend(l));
        return All(request.Levels).FirstOrDefault(l => l.LevelCode == levelCode)?.Party;
    }
}
