namespace Rcm.Codes;

/// <summary>The three CMS MUE tables.</summary>
public enum MueServiceType : byte
{
    Practitioner = 0,
    OutpatientHospital = 1,
    DmeSupplier = 2,
}
