namespace Rcm.Core.Validation.Reference;

/// <summary>An NCCI procedure-to-procedure edit for a code pair, by its modifier indicator (CMS NCCI PTP files).</summary>
public enum PtpEdit
{
    /// <summary>No active edit for the pair.</summary>
    None,

    /// <summary>Modifier indicator 0: the column 2 code is never paid with the column 1 code, whatever the modifier.</summary>
    ModifierNotAllowed,

    /// <summary>Modifier indicator 1: paid together only with an NCCI-associated modifier that the documentation supports.</summary>
    ModifierAllowed,

    /// <summary>Modifier indicator 9: the edit was deleted retroactively; it does not apply.</summary>
    NotApplicable,
}
