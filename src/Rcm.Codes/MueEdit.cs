namespace Rcm.Codes;

/// <summary>A medically unlikely edit for one HCPCS/CPT code on a date of service.</summary>
public readonly struct MueEdit
{
    internal const uint UnitsMask = 0xFF_FFFF;
    internal const int AdjudicationShift = 24;

    internal MueEdit(CodeEntry entry) => Entry = entry;

    public CodeEntry Entry { get; }

    /// <summary>The code has an MUE in force on the date.</summary>
    public bool Applies => Entry.IsValid;

    /// <summary>Most units of service payable (per line or per day, see <see cref="Adjudication"/>).</summary>
    public int MaxUnits => (int)(Entry.Attributes & UnitsMask);

    public MueAdjudication Adjudication => (MueAdjudication)((Entry.Attributes >> AdjudicationShift) & 0xF);

    /// <summary>CMS MUE rationale (absent in the 2026 Q2 subset).</summary>
    public string? Rationale => Entry.Detail;

    public bool IsStale => Entry.IsStale;

    /// <summary>True when <paramref name="units"/> exceed the MUE on the date.</summary>
    public bool Exceeded(int units) => Applies && units > MaxUnits;
}
