namespace Rcm.Codes;

/// <summary>An NCCI procedure-to-procedure look-up for one column-1/column-2 pair on a date of service.</summary>
public readonly struct NcciPairEdit
{
    internal const uint ModifierMask = 0xF;
    internal const uint PriorTo1996Bit = 1 << 4;
    internal const uint EffectiveApproximateBit = 1 << 5;

    internal NcciPairEdit(CodeEntry entry) => Entry = entry;

    public CodeEntry Entry { get; }

    /// <summary>The pair has a row in some loaded version (active or deleted).</summary>
    public bool Exists => Entry.Exists;

    /// <summary>The edit applies on the date of service: column 2 is not payable with column 1 unless the modifier indicator allows a bypass.</summary>
    public bool Applies => Entry.IsValid;

    public NcciModifierIndicator ModifierIndicator => (NcciModifierIndicator)(Entry.Attributes & ModifierMask);

    /// <summary>True when an NCCI-associated modifier may bypass the edit.</summary>
    public bool ModifierAllowed => ModifierIndicator == NcciModifierIndicator.Allowed;

    /// <summary>CMS PTP edit rationale.</summary>
    public string? Rationale => Entry.Detail;

    public DateOnly? EffectiveFrom => Entry.ValidFrom;

    /// <summary>Last day of service the edit applies (CMS deletion date); null while active.</summary>
    public DateOnly? DeletedAfter => Entry.ValidThrough;

    /// <summary>The effective date is inferred (the shipped 2024 Q3 data lacks CMS effective dates).</summary>
    public bool EffectiveDateApproximate => (Entry.Attributes & EffectiveApproximateBit) != 0;

    public bool IsStale => Entry.IsStale;
}
