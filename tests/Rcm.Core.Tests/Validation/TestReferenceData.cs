using Rcm.Core.Claims;
using Rcm.Core.Validation.Reference;
using Edit = Rcm.Core.Validation.Reference.DiagnosisEdits;

namespace Rcm.Core.Tests.Validation;

/// <summary>
/// Small reference tables for rule tests. The entries are real facts from the CMS/NUCC files in ../shared/reference
/// (NCCI PTP 2024Q3, MUE practitioner 2024Q3, add-on edits 2024-06, MCE v41), kept tiny so each test reads on its own.
/// </summary>
public sealed class TestReferenceData : IClaimReferenceData
{
    public static TestReferenceData Standard { get; } = new();

    private static readonly Dictionary<string, DiagnosisCodeStatus> Diagnoses = new()
    {
        ["F840"] = DiagnosisCodeStatus.Billable, ["F84"] = DiagnosisCodeStatus.NotBillable, ["F900"] = DiagnosisCodeStatus.Billable,
        ["M5450"] = DiagnosisCodeStatus.Billable, ["N400"] = DiagnosisCodeStatus.Billable, ["O80"] = DiagnosisCodeStatus.Billable,
        ["Z00121"] = DiagnosisCodeStatus.Billable, ["F0280"] = DiagnosisCodeStatus.Billable, ["G309"] = DiagnosisCodeStatus.Billable,
        ["S72001"] = DiagnosisCodeStatus.NotBillable, ["S72001A"] = DiagnosisCodeStatus.Billable, ["R69"] = DiagnosisCodeStatus.Billable,
    };

    private static readonly Dictionary<string, Edit> Edits = new()
    {
        ["N400"] = Edit.MaleOnly | Edit.Adult,
        ["O80"] = Edit.FemaleOnly | Edit.Maternity,
        ["Z00121"] = Edit.Pediatric,
        ["F0280"] = Edit.Manifestation,
    };

    private static readonly HashSet<string> Hcpcs = ["H2019", "H0004", "G0283", "T1016"];
    private static readonly HashSet<string> TerminatedHcpcs = ["G0151"];

    private static readonly HashSet<string> Modifiers =
        ["22", "25", "59", "76", "91", "95", "GT", "GP", "GO", "GN", "KX", "HM", "HN", "HO", "HP", "XE", "XS", "XP", "XU", "LT", "RT", "TC", "26"];

    private static readonly HashSet<string> Places = ["02", "10", "11", "12", "22", "99"];
    private static readonly HashSet<string> Taxonomies = ["103K00000X", "106E00000X", "106S00000X", "225100000X", "207Q00000X"];

    private static readonly Dictionary<(string, string), PtpEdit> Ptp = new()
    {
        [("97530", "97153")] = PtpEdit.ModifierNotAllowed,
        [("97161", "97164")] = PtpEdit.ModifierNotAllowed,
        [("97012", "97140")] = PtpEdit.ModifierAllowed,
        [("99213", "97110")] = PtpEdit.NotApplicable,
    };

    private static readonly Dictionary<string, MueLimit> Mue = new()
    {
        ["97153"] = new MueLimit(32, 3), ["97151"] = new MueLimit(8, 3), ["97161"] = new MueLimit(1, 2),
        ["97110"] = new MueLimit(6, 3), ["J1100"] = new MueLimit(10, 1),
    };

    private static readonly Dictionary<string, string[]> AddOns = new()
    {
        ["90785"] = ["90791", "90792", "90832", "90833", "90834"],
        ["97546"] = ["97545"],
    };

    private static readonly HashSet<string> AnyPrimaryAddOns = ["0055T"];

    public DiagnosisCodeStatus Diagnosis(string code, DateOnly on) =>
        Diagnoses.TryGetValue(code, out var status) ? status : DiagnosisCodeStatus.Unknown;

    public Edit DiagnosisEdits(string code, DateOnly on) => Edits.GetValueOrDefault(code);

    public ProcedureCodeStatus Procedure(string code, DateOnly on)
    {
        if (TerminatedHcpcs.Contains(code))
        {
            return ProcedureCodeStatus.Terminated;
        }

        if (Hcpcs.Contains(code) || code == "J1100")
        {
            return ProcedureCodeStatus.Valid;
        }

        // CPT Level I: five digits, or four digits and F/T/U (Category II, III, PLA).
        return code.Length == 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3])
            && (char.IsAsciiDigit(code[4]) || code[4] is 'F' or 'T' or 'U')
            ? ProcedureCodeStatus.FormatOnly
            : ProcedureCodeStatus.Unknown;
    }

    public bool IsModifier(string code, DateOnly on) => Modifiers.Contains(code);

    public bool IsPlaceOfService(string code, DateOnly on) => Places.Contains(code);

    public bool IsTaxonomy(string code, DateOnly on) => Taxonomies.Contains(code);

    PtpEdit IClaimReferenceData.Ptp(string column1, string column2, DateOnly on) => Ptp.GetValueOrDefault((column1, column2));

    MueLimit IClaimReferenceData.Mue(string code, DateOnly on, ClaimKind kind) => Mue.GetValueOrDefault(code);

    public AddOnKind AddOn(string code, DateOnly on) =>
        AddOns.ContainsKey(code) ? AddOnKind.ListedPrimary : AnyPrimaryAddOns.Contains(code) ? AddOnKind.AnyPrimary : AddOnKind.NotAddOn;

    public bool IsListedPrimary(string addOn, string primary, DateOnly on) =>
        AddOns.TryGetValue(addOn, out var primaries) && primaries.Contains(primary);
}
