namespace Rcm.Codes;

/// <summary>Patient sex as used by the Medicare Code Editor's sex edits.</summary>
public enum PatientSex : byte
{
    Unknown = 0,
    Female = 1,
    Male = 2,
}
