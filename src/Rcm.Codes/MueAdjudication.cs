namespace Rcm.Codes;

/// <summary>MUE adjudication indicator (MAI), CMS MUE tables.</summary>
public enum MueAdjudication : byte
{
    Unknown = 0,

    /// <summary>1: line edit; units above the MUE on one claim line are denied, other lines are judged separately.</summary>
    Line = 1,

    /// <summary>2: date-of-service edit based on policy; the MUE is an absolute limit per day.</summary>
    DateOfServicePolicy = 2,

    /// <summary>3: date-of-service edit based on clinical benchmarks; may be appealed with documentation.</summary>
    DateOfServiceClinical = 3,
}
