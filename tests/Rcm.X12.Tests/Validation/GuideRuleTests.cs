using Rcm.X12.Validation;

namespace Rcm.X12.Tests.Validation;

/// <summary>
/// One bad input per guide rule, each with the exact code, severity, segment ordinal, segment id, loop, element and
/// component expected. The base transactions (<see cref="Tr3Samples"/>) are valid; each case breaks one thing.
/// </summary>
public class GuideRuleTests
{
    private static readonly Dictionary<string, Case> Cases = new Case[]
    {
        new("Invalid_code_in_loop_qualifier", () => P().Replace("NM1*85", "NM1*86*2*CLINIC NAME*****XX*1234567893"),
            GuideIssueCodes.InvalidCode, 9, "NM1", "2010AA", 1, null),
        new("Required_element_missing", () => P().Replace("N3*123", "N3"),
            GuideIssueCodes.RequiredElementMissing, 10, "N3", "2010AA", 1, null),
        new("Element_too_long", () => P().Replace("CLM*", "CLM*" + new string('A', 39) + "*100***11:B:1*Y*A*Y*Y"),
            GuideIssueCodes.ElementTooLong, 20, "CLM", "2300", 1, null),
        new("Element_too_short", () => P().Replace("NM1*85", "NM1*85*2*CLINIC NAME*****XX*1"),
            GuideIssueCodes.ElementTooShort, 9, "NM1", "2010AA", 9, null),
        new("Invalid_date", () => P().Replace("DTP*472", "DTP*472*D8*20240230"),
            GuideIssueCodes.InvalidDate, 24, "DTP", "2400", 3, null),
        new("Invalid_time", () => P().Replace("BHT*", "BHT*0019*00*0123*20240101*2460*CH"),
            GuideIssueCodes.InvalidTime, 4, "BHT", null, 5, null),
        new("Required_component_missing", () => P().Replace("SV1*HC:99213", "SV1*HC*60*UN*1***1"),
            GuideIssueCodes.RequiredComponentMissing, 23, "SV1", "2400", 1, 2),
        new("Too_many_components", () => P().Replace("CLM*", "CLM*ACCT001*100***11:B:1:9*Y*A*Y*Y"),
            GuideIssueCodes.TooManyComponents, 20, "CLM", "2300", 5, 4),
        new("Not_used_element_present", () => P().Replace("CLM*", "CLM*ACCT001*100*X**11:B:1*Y*A*Y*Y"),
            GuideIssueCodes.NotUsedElementPresent, 20, "CLM", "2300", 3, null),
        new("Paired_elements_half_present", () => P().Replace("PER*IC", "PER*IC*JANE DOE*TE*5555551234*EX"),
            GuideIssueCodes.ConditionalElementMissing, 6, "PER", "1000A", 6, null),
        new("Too_many_elements", () => P().Replace("DTP*472", "DTP*472*D8*20240101*X"),
            GuideIssueCodes.TooManyElements, 24, "DTP", "2400", 4, null),
        new("Letters_in_a_number", () => P().Replace("SV1*HC:99213", "SV1*HC:99213*60*UN*1A***1"),
            GuideIssueCodes.InvalidCharacter, 23, "SV1", "2400", 4, null),
        new("Repetition_in_a_non_repeating_element", () => P().Replace("N3*123", "N3*123 MAIN ST^SUITE 4"),
            GuideIssueCodes.TooManyRepetitions, 10, "N3", "2010AA", 1, null),
        new("Pattern_mismatch", () => P().InsertAfter("DMG*", "REF*SY*12345"),
            GuideIssueCodes.PatternMismatch, 19, "REF", "2010BA", 2, null),
        new("Segment_not_in_guide", () => P().InsertAfter("BHT*", "ZZZ*1"),
            GuideIssueCodes.SegmentNotInGuide, 5, "ZZZ", null, null, null),
        new("Segment_in_the_wrong_place", () => P().InsertAfter("BHT*", "CLM*X*1***11:B:1*Y*A*Y*Y"),
            GuideIssueCodes.UnexpectedSegment, 5, "CLM", null, null, null),
        new("Segment_out_of_order", () => P().Without("N3*123").InsertAfter("N4*CITY*PA*171111234", "N3*123 MAIN ST"),
            GuideIssueCodes.SegmentOutOfOrder, 11, "N3", "2010AA", null, null),
        new("Required_segment_missing", () => P().Without("N4*CITY*PA*171111234"),
            GuideIssueCodes.RequiredSegmentMissing, 11, "REF", "2010AA", null, null),
        new("Segment_repeats_too_often", () => P().InsertAfter("N3*123", "N3*456 SIDE ST"),
            GuideIssueCodes.SegmentRepeatsTooOften, 11, "N3", "2010AA", null, null),
        new("Loop_repeats_too_often", () => P().InsertAfter("REF*EI", "NM1*85*2*SECOND NAME*****XX*1234567893", "N3*1 A ST", "N4*CITY*PA*171111234"),
            GuideIssueCodes.LoopRepeatsTooOften, 13, "NM1", "2010AA", null, null),
        new("Required_loop_missing", () => P().Without("NM1*PR"),
            GuideIssueCodes.RequiredLoopMissing, 19, "CLM", "2000B", null, null),
        new("Hl01_out_of_sequence", () => P().Replace("HL*2*1*22*0", "HL*3*1*22*0"),
            GuideIssueCodes.HierarchyIdOutOfSequence, 13, "HL", "2000B", 1, null),
        new("Hl02_names_no_earlier_hl", () => P().Replace("HL*2*1*22*0", "HL*2*5*22*0"),
            GuideIssueCodes.HierarchyParentUnknown, 13, "HL", "2000B", 2, null),
        new("Hl04_says_no_children_but_one_follows", () => P().Replace("HL*1**20*1", "HL*1**20*0"),
            GuideIssueCodes.HierarchyChildCodeWrong, 13, "HL", "2000B", 2, null),
        new("Patient_loop_when_subscriber_is_patient", () => P().Replace("HL*2*1*22*0", "HL*2*1*22*1")
                .InsertAfter("NM1*PR", "HL*3*2*23*0", "PAT*19", "NM1*QC*1*DOE*JUNIOR", "N3*1 ELM ST", "N4*CITY*PA*17111", "DMG*D8*20100101*M"),
            GuideIssueCodes.PatientLoopWithSubscriberPatient, 20, "HL", "2000C", 3, null),
        new("Replacement_claim_without_original_claim_number", () => P().Replace("CLM*", "CLM*ACCT001*100***11:B:7*Y*A*Y*Y"),
            GuideIssueCodes.ReplacementWithoutOriginal, 20, "CLM", "2300", 5, 3),
        new("Claim_charge_differs_from_line_charges", () => P().Replace("CLM*", "CLM*ACCT001*90***11:B:1*Y*A*Y*Y"),
            BalancingIssueCodes.ClaimCharge, 20, "CLM", "2300", 2, null),
        new("Remittance_total_differs", () => R().Replace("BPR*", "BPR*I*141*C*CHK************20240105"),
            BalancingIssueCodes.RemittanceTotal, 4, "BPR", null, 2, null),
        new("Claim_payment_differs_from_charge_less_adjustments", () => R().Replace("CLP*ACCT002", "CLP*ACCT002*1*80*74**12*CLAIM0002*11*1"),
            BalancingIssueCodes.ClaimPayment, 21, "CLP", "2100", 4, null),
        new("Line_payment_differs_from_charge_less_adjustments", () => R().Replace("SVC*HC:99213", "SVC*HC:99213*60*41"),
            BalancingIssueCodes.ServiceLinePayment, 15, "SVC", "2110", 3, null),
        new("Required_payer_contact_missing", () => R().Without("PER*BL"),
            GuideIssueCodes.RequiredSegmentMissing, 10, "N1", "1000A", null, null),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Fact]
    public void The_base_samples_are_valid()
    {
        Assert.Empty(X12Validator.Validate(Tr3Samples.Interchange(Tr3Samples.Claim837P())).Issues);
        Assert.Empty(X12Validator.Validate(Tr3Samples.Interchange(Tr3Samples.Remittance835())).Issues);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_the_rule_with_its_exact_position(string name)
    {
        var c = Cases[name];
        var report = X12Validator.Validate(Tr3Samples.Interchange(c.Build()));

        Assert.False(report.IsValid);
        var found = report.Issues.Where(i => i.Code == c.Code).ToList();
        Assert.True(found.Count > 0, $"{c.Code} not reported; got:\n{Describe(report)}");
        Assert.Contains(found, i => i.SegmentOrdinal == c.Ordinal && i.SegmentId == c.SegmentId && i.LoopId == c.Loop
            && i.ElementPosition == c.Element && i.ComponentPosition == c.Component && i.Severity == X12Severity.Error);
    }

    [Fact]
    public void A_replacement_claim_that_names_the_original_is_valid()
    {
        var segments = P().Replace("CLM*", "CLM*ACCT001*100***11:B:7*Y*A*Y*Y").InsertAfter("CLM*", "REF*F8*PAYERCLAIM123");

        var report = X12Validator.Validate(Tr3Samples.Interchange(segments));

        Assert.True(report.IsValid, Describe(report));
    }

    [Fact]
    public void A_finding_carries_the_offending_value_and_a_plain_message()
    {
        var report = X12Validator.Validate(Tr3Samples.Interchange(P().Replace("NM1*85", "NM1*86*2*CLINIC NAME*****XX*1234567893")));

        var issue = Assert.Single(report.Issues);
        Assert.Equal("86", issue.Value);
        Assert.Contains("NM101", issue.Message, StringComparison.Ordinal);
        Assert.Contains("85", issue.Message, StringComparison.Ordinal);
    }

    internal static string Describe(X12ValidationReport report) => string.Join('\n', report.Issues.Select(i =>
        $"{i.Code} {i.Severity} #{i.SegmentOrdinal} {i.SegmentId} {i.LoopId} {i.ElementPosition}/{i.ComponentPosition} {i.Message}"));

    private static List<string> P() => Tr3Samples.Claim837P();

    private static List<string> R() => Tr3Samples.Remittance835();

    private sealed record Case(string Name, Func<List<string>> Build, string Code, long Ordinal, string SegmentId,
        string? Loop, int? Element, int? Component);
}
