namespace Rcm.Codes;

/// <summary>The set ids used in data files, `rcm codes … --set ID` and `rcm codes status`.</summary>
public static class CodeSetIds
{
    public const string Icd10Cm = "icd10cm";
    public const string Icd10CmEdits = "icd10cm-mce";
    public const string Hcpcs = "hcpcs";
    public const string Modifier = "modifier";
    public const string NcciPtp = "ncci";
    public const string NcciAddOn = "aoc";
    public const string MuePractitioner = "mue";
    public const string MueOutpatient = "mue-outpatient";
    public const string MueDme = "mue-dme";
    public const string Carc = "carc";
    public const string Rarc = "rarc";
    public const string AdjustmentGroup = "group";
    public const string PlaceOfService = "pos";
    public const string ClaimStatusCategory = "status-category";
    public const string ClaimStatus = "status";
    public const string ServiceType = "service-type";
    public const string EntityIdentifier = "entity";
    public const string Taxonomy = "taxonomy";

    /// <summary>Every set, in the order `rcm codes status` lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Icd10Cm, Icd10CmEdits, Hcpcs, Modifier, NcciPtp, NcciAddOn, MuePractitioner, MueOutpatient, MueDme,
        Carc, Rarc, AdjustmentGroup, PlaceOfService, ClaimStatusCategory, ClaimStatus, ServiceType, EntityIdentifier, Taxonomy,
    ];
}
