namespace Rcm.Codes;

/// <summary>Attribute bits of HCPCS Level II rows (<see cref="CodeEntry.Attributes"/>).</summary>
public static class HcpcsAttributes
{
    /// <summary>A not-otherwise-classified code: claims usually need a narrative (2400 NTE / SV101-7).</summary>
    public const uint NotOtherwiseClassified = 1;

    /// <summary>The row's start date is an estimate (the source did not give the add date).</summary>
    public const uint StartApproximate = 2;
}
