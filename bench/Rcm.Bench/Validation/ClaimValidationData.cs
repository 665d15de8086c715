using Rcm.Core.Claims;
using Rcm.Core.Validation.Rules;

namespace Rcm.Bench.Validation;

/// <summary>
/// Deterministic business claims for the validation benchmark: professional claims of the services typically billed
/// together in an ABA, behavioral health, therapy or office visit, real billable ICD-10-CM codes, check-digit-valid NPIs, and about one claim in ten with a
/// problem (bad NPI, header diagnosis, NCCI pair, MUE excess), so both the clean path and the finding path are timed.
/// </summary>
public static class ClaimValidationData
{
    // Services billed together in one visit, by specialty (ABA, behavioral health, physical therapy, office).
    private static readonly (string Code, decimal Charge, int MaxUnits)[][] Visits =
    [
        [("97153", 60m, 16), ("97155", 90m, 8)],
        [("97153", 60m, 24)],
        [("97151", 120m, 8)],
        [("97156", 85m, 4)],
        [("H2019", 45m, 8)],
        [("90834", 140m, 1)],
        [("90832", 100m, 1)],
        [("90837", 180m, 1)],
        [("90791", 200m, 1), ("90785", 25m, 1)],
        [("97110", 45m, 4), ("97112", 48m, 3)],
        [("97110", 45m, 3), ("97530", 50m, 2)],
        [("97161", 150m, 1), ("97110", 45m, 2)],
        [("99213", 110m, 1)],
        [("99214", 160m, 1), ("96127", 12m, 2)],
    ];

    private static readonly string[] Diagnoses = ["F840", "F900", "F411", "F329", "M5450", "J069", "E119", "I10", "M25511", "R69"];

    public static List<Claim> Create(int count, ulong seed, DateOnly today)
    {
        var random = new Random(unchecked((int)seed));
        var claims = new List<Claim>(count);
        for (int i = 0; i < count; i++)
        {
            claims.Add(CreateClaim(i, random, today));
        }

        return claims;
    }

    private static Claim CreateClaim(int index, Random random, DateOnly today)
    {
        var claim = new Claim
        {
            ClaimId = $"B{index:D9}",
            Kind = ClaimKind.Professional,
            PayerId = random.Next(3) switch { 0 => "ACME1", 1 => "SUMMIT", _ => "P" + random.Next(10000, 99999) },
            PayerName = "Bench Payer",
            PlaceOfService = random.Next(5) == 0 ? "10" : "11",
            PriorAuthorization = "A" + random.Next(100000, 999999),
            BillingProvider = new ClaimProvider
            {
                Name = "Bench Clinic", IsOrganization = true, Npi = Npi(random), TaxonomyCode = "103K00000X", TaxId = "123456789",
                Address = new PostalAddress("100 Main St", null, "Springfield", "IL", "627010001"),
            },
            RenderingProvider = new ClaimProvider { Name = "Rivera", FirstName = "Ana", Npi = Npi(random), TaxonomyCode = "103K00000X", Credential = "BCBA" },
            Subscriber = new ClaimPerson
            {
                LastName = "Doe", FirstName = "Sam", MemberId = "W" + random.Next(10000000, 99999999),
                BirthDate = today.AddDays(-random.Next(3 * 365, 70 * 365)), Sex = random.Next(2) == 0 ? AdministrativeSex.Female : AdministrativeSex.Male,
                Address = new PostalAddress("5 Oak Ave", null, "Springfield", "IL", "62702"),
            },
        };
        int diagnoses = random.Next(1, 5);
        for (int d = 0; d < diagnoses; d++)
        {
            claim.Diagnoses.Add(new Diagnosis(Diagnoses[(index + d * 3) % Diagnoses.Length], d == 0 ? DiagnosisRole.Principal : DiagnosisRole.Other));
        }

        var date = today.AddDays(-random.Next(1, 60));
        var visit = Visits[random.Next(Visits.Length)];
        int[] pointers = diagnoses switch { 1 => [1], 2 => [1, 2], 3 => [1, 2, 3], _ => [1, 2, 3, 4] };
        for (int l = 0; l < visit.Length; l++)
        {
            var (code, charge, maxUnits) = visit[l];
            int units = random.Next(1, maxUnits + 1);
            bool therapy = code is "97110" or "97112" or "97530" or "97161";
            claim.Lines.Add(new ServiceLine
            {
                Number = l + 1, ProcedureCode = code, Units = units, Charge = charge * units, ServiceDate = date,
                DiagnosisPointers = pointers, Modifiers = therapy ? ["GP"] : claim.PlaceOfService == "10" ? ["95"] : [],
            });
        }

        switch (index % 40)
        {
            case 7: claim.BillingProvider.Npi = "1234567890"; break;
            case 17: claim.Diagnoses[0] = new Diagnosis("F84", DiagnosisRole.Principal); break;
            case 27: claim.Lines.Add(new ServiceLine { Number = claim.Lines.Count + 1, ProcedureCode = "97530", Units = 1, Charge = 50m, ServiceDate = date, DiagnosisPointers = [1] }); break;
            case 37: claim.Lines[0].Units = 99; break;
        }

        claim.TotalCharge = claim.Lines.Sum(l => l.Charge);
        return claim;
    }

    private static string Npi(Random random)
    {
        string baseDigits = "1" + random.Next(10000000, 99999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return baseDigits + NpiCheckDigit.Compute(baseDigits);
    }
}
