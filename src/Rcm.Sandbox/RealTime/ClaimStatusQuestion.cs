using Rcm.Sandbox.Edi;

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

    public static IReadOnlyList<ClaimStatusQuestion> ReadAll(IEnumerable<EdiSegment> body)
    {
        var questions = new List<ClaimStatusQuestion>();
        ClaimStatusQuestion? current = null;
        string memberId = string.Empty, last = string.Empty, first = string.Empty;
        foreach (EdiSegment s in body)
        {
            switch (s.Id)
            {
                case "NM1" when s[1] == "IL":
                    memberId = s[9];
                    last = s[3];
                    first = s[4];
                    break;
                case "TRN":
                    if (current is not null)
                    {
                        questions.Add(current);
                    }

                    current = new ClaimStatusQuestion { MemberId = memberId, LastName = last, FirstName = first, Trace = s[2] };
                    break;
                case "REF" when current is not null && s[1] == "1K":
                    current = current with { PayerClaimNumber = s[2] };
                    break;
                case "REF" when current is not null && s[1] == "EJ":
                    current = current with { ClaimId = s[2] };
                    break;
                case "AMT" when current is not null && s[1] == "T3":
                    current = current with { Charge = EdiFormat.ParseAmount(s[2]) };
                    break;
                case "DTP" when current is not null && s[1] == "472":
                    var range = EdiFormat.ParseRange(s[3]);
                    current = current with { From = range?.From, To = range?.To };
                    break;
            }
        }

        if (current is not null)
        {
            questions.Add(current);
        }

        return questions;
    }
}
