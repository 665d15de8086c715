using Rcm.Core.Claims;

namespace Rcm.Core.Tests.Claims;

/// <summary>
/// Test claims. <see cref="Valid837P"/> passes every built-in edit against <c>TestReferenceData.Standard</c> on
/// <see cref="Today"/>; each test changes the one thing it is about.
/// </summary>
public sealed class ClaimBuilder
{
    /// <summary>The date validation runs on in tests.</summary>
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static readonly DateOnly ServiceDate = new(2026, 11, 2);

    public const string BillingNpi = "1234567893";
    public const string RenderingNpi = "1000000004";

    private readonly Claim _claim;

    private ClaimBuilder(Claim claim) => _claim = claim;

    public static ClaimBuilder Valid837P() => new ClaimBuilder(new Claim
    {
        ClaimId = "CLM-0001",
        Kind = ClaimKind.Professional,
        PayerId = "ACME1",
        PayerName = "Acme Health",
        PlaceOfService = "11",
        BillingProvider = new ClaimProvider
        {
            Name = "Bright Path Behavioral",
            IsOrganization = true,
            Npi = BillingNpi,
            TaxonomyCode = "103K00000X",
            TaxId = "123456789",
            Address = new PostalAddress("100 Main St", null, "Springfield", "IL", "627010001"),
        },
        RenderingProvider = new ClaimProvider
        {
            Name = "Rivera",
            FirstName = "Ana",
            Npi = RenderingNpi,
            TaxonomyCode = "103K00000X",
            Credential = "BCBA",
        },
        Subscriber = new ClaimPerson
        {
            LastName = "Doe",
            FirstName = "Sam",
            MemberId = "W123456789",
            BirthDate = new DateOnly(2018, 5, 4),
            Sex = AdministrativeSex.Male,
            Address = new PostalAddress("5 Oak Ave", null, "Springfield", "IL", "62702"),
        },
        Diagnoses = [new Diagnosis("F840", DiagnosisRole.Principal)],
    }).WithLine("97153", units: 4, charge: 240m);

    public static ClaimBuilder Valid837I() => new ClaimBuilder(new Claim
    {
        ClaimId = "INST-0001",
        Kind = ClaimKind.Institutional,
        PayerId = "ACME1",
        PayerName = "Acme Health",
        FacilityTypeCode = "13",
        StatementFrom = ServiceDate,
        StatementTo = ServiceDate,
        BillingProvider = new ClaimProvider
        {
            Name = "Springfield Rehab Hospital",
            IsOrganization = true,
            Npi = BillingNpi,
            TaxonomyCode = "225100000X",
            TaxId = "123456789",
            Address = new PostalAddress("1 Hospital Dr", null, "Springfield", "IL", "627010002"),
        },
        AttendingProvider = new ClaimProvider { Name = "Lee", FirstName = "Kim", Npi = RenderingNpi, TaxonomyCode = "225100000X" },
        Subscriber = new ClaimPerson
        {
            LastName = "Roe",
            FirstName = "Pat",
            MemberId = "W987654321",
            BirthDate = new DateOnly(1970, 1, 15),
            Sex = AdministrativeSex.Female,
            Address = new PostalAddress("9 Elm St", "Apt 2", "Springfield", "IL", "62703"),
        },
        Diagnoses = [new Diagnosis("M5450", DiagnosisRole.Principal)],
    }).WithLine("97110", units: 2, charge: 180m, revenueCode: "0420");

    public ClaimBuilder WithLine(string code, decimal units = 1, decimal charge = 100m, string[]? modifiers = null,
        int[]? pointers = null, DateOnly? date = null, string? revenueCode = null, int? minutes = null, string? placeOfService = null)
    {
        _claim.Lines.Add(new ServiceLine
        {
            Number = _claim.Lines.Count + 1,
            ProcedureCode = code,
            Units = units,
            Charge = charge,
            Modifiers = modifiers ?? [],
            DiagnosisPointers = pointers ?? (_claim.Kind == ClaimKind.Professional ? [1] : []),
            ServiceDate = date ?? ServiceDate,
            RevenueCode = revenueCode,
            Minutes = minutes,
            PlaceOfService = placeOfService,
        });
        _claim.TotalCharge = _claim.Lines.Sum(l => l.Charge);
        return this;
    }

    /// <summary>Drops the default line, for tests that set every line themselves.</summary>
    public ClaimBuilder WithoutLines()
    {
        _claim.Lines.Clear();
        _claim.TotalCharge = 0;
        return this;
    }

    public ClaimBuilder WithDiagnoses(params string[] codes)
    {
        _claim.Diagnoses = codes.Select((c, i) => new Diagnosis(c, i == 0 ? DiagnosisRole.Principal : DiagnosisRole.Other)).ToList();
        return this;
    }

    /// <summary>Any other change, on the claim itself.</summary>
    public ClaimBuilder With(Action<Claim> change)
    {
        change(_claim);
        return this;
    }

    /// <summary>A change to one line (1-based).</summary>
    public ClaimBuilder WithLineChange(int number, Action<ServiceLine> change)
    {
        change(_claim.Lines[number - 1]);
        _claim.TotalCharge = _claim.Lines.Sum(l => l.Charge);
        return this;
    }

    public Claim Build() => _claim;
}
