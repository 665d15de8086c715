using Rcm.Core.Claims;
using Rcm.Core.Tests.Claims;
using Rcm.Core.Validation;
using Rcm.Core.Validation.PayerRules;
using Rcm.Core.Validation.Reference;

namespace Rcm.Core.Tests.Validation;

/// <summary>The reference-data port over the shipped Rcm.Codes sets: the facts the rule tests assume hold in the real tables too.</summary>
public sealed class CodesReferenceDataTests
{
    private static readonly Lazy<CodesReferenceData> Codes = new(CodesReferenceData.LoadShipped);
    private static readonly DateOnly On = ClaimBuilder.ServiceDate;

    [Theory]
    [InlineData("F840", DiagnosisCodeStatus.Billable)]
    [InlineData("F84", DiagnosisCodeStatus.NotBillable)]
    [InlineData("S72001", DiagnosisCodeStatus.NotBillable)]
    [InlineData("S72001A", DiagnosisCodeStatus.Billable)]
    [InlineData("Q999X", DiagnosisCodeStatus.Unknown)]
    public void Diagnosis_status(string code, DiagnosisCodeStatus status) => Assert.Equal(status, Codes.Value.Diagnosis(code, On));

    [Fact]
    public void Medicare_code_editor_flags()
    {
        Assert.True(Codes.Value.DiagnosisEdits("N400", On).HasFlag(DiagnosisEdits.MaleOnly));
        Assert.True(Codes.Value.DiagnosisEdits("O80", On).HasFlag(DiagnosisEdits.FemaleOnly));
        Assert.True(Codes.Value.DiagnosisEdits("Z00121", On).HasFlag(DiagnosisEdits.Pediatric));
        Assert.True(Codes.Value.DiagnosisEdits("F0280", On).HasFlag(DiagnosisEdits.Manifestation));
        Assert.Equal(DiagnosisEdits.None, Codes.Value.DiagnosisEdits("F840", On));
    }

    [Theory]
    [InlineData("97153", ProcedureCodeStatus.FormatOnly)]
    [InlineData("H2019", ProcedureCodeStatus.Valid)]
    [InlineData("ZZZZZ", ProcedureCodeStatus.Unknown)]
    public void Procedure_status(string code, ProcedureCodeStatus status) => Assert.Equal(status, Codes.Value.Procedure(code, On));

    [Fact]
    public void Ncci_pairs_with_their_modifier_indicators()
    {
        Assert.Equal(PtpEdit.ModifierNotAllowed, Codes.Value.Ptp("97530", "97153", On));
        Assert.Equal(PtpEdit.ModifierAllowed, Codes.Value.Ptp("97012", "97140", On));
        Assert.Equal(PtpEdit.None, Codes.Value.Ptp("97153", "97530", On));
    }

    [Fact]
    public void Mue_and_add_on_edits()
    {
        Assert.Equal(new MueLimit(32, 3), Codes.Value.Mue("97153", On, ClaimKind.Professional));
        Assert.Equal(AddOnKind.ListedPrimary, Codes.Value.AddOn("90785", On));
        Assert.True(Codes.Value.IsListedPrimary("90785", "90791", On));
        Assert.False(Codes.Value.IsListedPrimary("90785", "97153", On));
        Assert.Equal(AddOnKind.NotAddOn, Codes.Value.AddOn("97153", On));
    }

    [Fact]
    public void Modifiers_places_and_taxonomies()
    {
        Assert.True(Codes.Value.IsModifier("HN", On));
        Assert.True(Codes.Value.IsModifier("59", On));
        Assert.False(Codes.Value.IsModifier("Q#", On));
        Assert.True(Codes.Value.IsPlaceOfService("11", On));
        Assert.True(Codes.Value.IsPlaceOfService("10", On));
        Assert.True(Codes.Value.IsTaxonomy("103K00000X", On));
        Assert.False(Codes.Value.IsTaxonomy("999X00000X", On));
    }

    [Fact]
    public void Valid_test_claims_pass_against_the_real_code_sets()
    {
        var validator = new ClaimValidator(Codes.Value, PayerRuleBook.Empty, FixedTimeProvider.On(ClaimBuilder.Today));
        Assert.Empty(validator.Validate(ClaimBuilder.Valid837P().Build()).Findings);
        Assert.Empty(validator.Validate(ClaimBuilder.Valid837I().Build()).Findings);
    }

    [Fact]
    public void Real_tables_catch_the_same_ncci_and_mue_problems()
    {
        var validator = new ClaimValidator(Codes.Value, PayerRuleBook.Empty, FixedTimeProvider.On(ClaimBuilder.Today));
        var ncci = validator.Validate(ClaimBuilder.Valid837P().WithLine("97530").Build());
        Assert.Contains(ncci.Findings, f => f.RuleId == "NCCI001");
        var mue = validator.Validate(ClaimBuilder.Valid837P().WithLineChange(1, l => l.Units = 40).Build());
        Assert.Contains(mue.Findings, f => f.RuleId == "MUE001");
    }
}
