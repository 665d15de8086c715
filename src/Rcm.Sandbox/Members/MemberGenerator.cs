using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Members;

/// <summary>
/// Generates a synthetic member population per payer from a seed: the same seed gives the same members, byte for byte.
/// Habits follow the payer kind: Medicare members are 65 and over with MBI-shaped ids; Medicaid managed-care members
/// churn (a third change plans within months of the clock start); the others are mostly stable.
/// </summary>
public static class MemberGenerator
{
    private static readonly string[] FirstNames =
    [
        "Alden", "Bria", "Cato", "Delia", "Ezra", "Fiona", "Gideon", "Hana", "Ivo", "Juno", "Kai", "Lena", "Milo", "Nora",
        "Otis", "Pia", "Remy", "Sage", "Tobin", "Uma", "Vera", "Wes", "Xena", "Yuri", "Zara",
    ];

    private static readonly string[] LastNames =
    [
        "Ambrose", "Bellamy", "Corrigan", "Dalca", "Esposito", "Fairweather", "Gundersen", "Halloran", "Iwasaki",
        "Jablonski", "Kearney", "Laidlaw", "Mbeki", "Nakamura", "Oyelaran", "Prewitt", "Quill", "Radcliffe", "Stroud",
        "Tamsin", "Underhill", "Varga", "Wexley", "Yeboah", "Zoltan",
    ];

    // CMS MBI format: positions 2, 5, 8, 9 are letters from this set (no S, L, O, I, B, Z).
    private const string MbiLetters = "ACDEFGHJKMNPQRTUVWXY";

    public static IReadOnlyList<Member> Generate(IEnumerable<PayerProfile> payers, int perPayer, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var members = new List<Member>();
        foreach (PayerProfile payer in payers)
        {
            for (int i = 0; i < perPayer; i++)
            {
                members.Add(One(payer, i, random, today));
            }
        }

        return members;
    }

    private static Member One(PayerProfile payer, int index, Random random, DateOnly today)
    {
        int age = payer.Kind == PayerKind.Medicare ? random.Next(65, 92) : random.Next(1, 80);
        DateOnly birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
        PlanDefinition plan = payer.Plans[random.Next(payer.Plans.Count)];
        DateOnly effective = new DateOnly(today.Year - random.Next(0, 4), 1 + random.Next(12), 1);
        DateOnly? terminated = null;
        double churn = payer.Kind == PayerKind.MedicaidManagedCare ? 0.35 : 0.08;
        if (random.NextDouble() < churn)
        {
            // Terminations land on month ends from two months back to two months ahead: some are already over,
            // some end while a test advances the clock.
            DateOnly monthStart = new DateOnly(today.Year, today.Month, 1).AddMonths(random.Next(-2, 3));
            terminated = monthStart.AddMonths(1).AddDays(-1);
            if (terminated < effective)
            {
                effective = terminated.Value.AddMonths(-6);
            }
        }

        return new Member
        {
            PayerId = payer.Id,
            MemberId = MemberId(payer, index, random),
            Person = new Person
            {
                FirstName = FirstNames[random.Next(FirstNames.Length)],
                LastName = LastNames[random.Next(LastNames.Length)],
                BirthDate = birth,
                Gender = random.Next(2) == 0 ? "F" : "M",
            },
            PlanId = plan.Id,
            Effective = effective,
            Terminated = terminated,
            DeductibleMet = Math.Round(plan.Deductible * (decimal)random.NextDouble() * (random.Next(3) == 0 ? 1 : 0), 2),
        };
    }

    private static string MemberId(PayerProfile payer, int index, Random random)
    {
        if (payer.Kind == PayerKind.Medicare)
        {
            // C A AN N A AN N A A N N (CMS MBI format); generated ids start with 3-9 so they never meet scenario ids.
            char L() => MbiLetters[random.Next(MbiLetters.Length)];
            char D() => (char)('0' + random.Next(10));
            return string.Concat(
                (char)('3' + random.Next(7)), L(), D(), D(), L(), D(), D(), L(), L(), (char)('0' + (index / 10 % 10)), (char)('0' + (index % 10)));
        }

        return $"{payer.MemberIdPrefix}{random.Next(1000, 8999)}{index:D5}";
    }
}
