namespace Rcm.Codes;

/// <summary>NCCI PTP modifier indicator (CMS NCCI PTP file column "Modifier").</summary>
public enum NcciModifierIndicator : byte
{
    /// <summary>0: no modifier lets both codes be paid.</summary>
    NotAllowed = 0,

    /// <summary>1: an NCCI-associated modifier (59, XE/XS/XP/XU, anatomic…) may bypass the edit when clinically right.</summary>
    Allowed = 1,

    /// <summary>9: not applicable (used on deleted edits).</summary>
    NotApplicable = 9,
}
