namespace Rcm.Core.Shared;

/// <summary>Professional credential of a rendering provider; payers enrol and pay by credential (e.g. ABA: BCBA vs RBT).</summary>
public enum ProviderCredential
{
    MD,
    DO,
    NP,
    PA,
    PhD,
    PsyD,
    LCSW,
    LPC,
    LMFT,
    BCBA,
    BCaBA,
    RBT,
    OT,
    PT,
    SLP,
    RN,
    Other,
}
