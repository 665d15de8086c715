namespace Rcm.Codes.Tests;

public class NcciAndMueTests
{
    [Fact]
    public void Active_pair_applies_with_its_modifier_indicator()
    {
        NcciPairEdit e = Shipped.Codes.Ncci.FindPair("99214", "99213", Shipped.D("2024-08-01"));
        Assert.True(e.Applies);
        Assert.Equal(NcciModifierIndicator.Allowed, e.ModifierIndicator);
        Assert.Equal("Misuse of Column Two code with Column One code", e.Rationale);
        Assert.Null(e.DeletedAfter);
    }

    [Fact]
    public void A_deleted_pair_applies_only_through_its_deletion_date()
    {
        // 0001A/0591T: deletion date 2023-12-31.
        Assert.True(Shipped.Codes.Ncci.FindPair("0001A", "0591T", Shipped.D("2023-12-31")).Applies);
        NcciPairEdit after = Shipped.Codes.Ncci.FindPair("0001A", "0591T", Shipped.D("2024-01-01"));
        Assert.True(after.Exists);
        Assert.False(after.Applies);
    }

    [Fact]
    public void Pair_order_matters_and_unknown_pairs_do_not_apply()
    {
        Assert.False(Shipped.Codes.Ncci.FindPair("99213", "99214", Shipped.D("2024-08-01")).Exists);
        Assert.False(Shipped.Codes.Ncci.FindPair("99213", "S72.001A", Shipped.D("2024-08-01")).Exists);
    }

    [Fact]
    public void Shipped_ptp_effective_dates_are_marked_approximate()
    {
        NcciPairEdit e = Shipped.Codes.Ncci.FindPair("99214", "99213", Shipped.D("2024-08-01"));
        Assert.True(e.EffectiveDateApproximate);
        Assert.Equal(Shipped.D("2020-01-01"), e.EffectiveFrom); // the day after the previous row's deletion
    }

    [Fact]
    public void Add_on_codes_need_a_listed_primary_when_type_1()
    {
        // 99292 (critical care, each additional 30 minutes) is an add-on to 99291.
        AddOnEdit ok = Shipped.Codes.AddOn.Find("99292", "99291", Shipped.D("2024-08-01"));
        Assert.True(ok.IsAddOn);
        Assert.Equal(1, ok.EditType);
        Assert.False(ok.PrimaryMissing);
        Assert.True(Shipped.Codes.AddOn.Find("99292", "99213", Shipped.D("2024-08-01")).PrimaryMissing);
        Assert.False(Shipped.Codes.AddOn.Find("99213", Shipped.D("2024-08-01")).IsAddOn);
    }

    [Fact]
    public void Mue_gives_units_and_adjudication_indicator()
    {
        MueEdit e = Shipped.Codes.Mue.Find("J1100", Shipped.D("2024-08-01"));
        Assert.True(e.Applies);
        Assert.Equal(120, e.MaxUnits);
        Assert.Equal(MueAdjudication.DateOfServiceClinical, e.Adjudication);
        Assert.True(e.Exceeded(121));
        Assert.False(e.Exceeded(120));
    }

    [Fact]
    public void Mue_values_change_on_the_2026_q2_effective_date()
    {
        // 0211U: 2 units in 2024 Q3, 1 unit from 2026-04-01.
        Assert.Equal(2, Shipped.Codes.Mue.Find("0211U", Shipped.D("2026-03-31")).MaxUnits);
        Assert.Equal(1, Shipped.Codes.Mue.Find("0211U", Shipped.D("2026-04-01")).MaxUnits);
        // 0442U is new in 2026 Q2.
        Assert.False(Shipped.Codes.Mue.Find("0442U", Shipped.D("2026-03-31")).Applies);
        Assert.True(Shipped.Codes.Mue.Find("0442U", Shipped.D("2026-04-01")).Applies);
        // The rationale of an unchanged code survives the subset file, which has none.
        Assert.Equal("Clinical: Data", Shipped.Codes.Mue.Find("J1100", Shipped.D("2026-05-01")).Rationale);
    }

    [Fact]
    public void Mue_tables_are_kept_apart()
    {
        Assert.True(Shipped.Codes.Mue.Find("A4206", Shipped.D("2024-08-01"), MueServiceType.DmeSupplier).Applies);
        Assert.True(Shipped.Codes.Mue.Find("0002M", Shipped.D("2024-08-01"), MueServiceType.OutpatientHospital).Applies);
    }
}
