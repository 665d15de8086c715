namespace Rcm.Codes;

/// <summary>ICD-10-CM diagnosis codes by date of service (fiscal years start October 1), with the MCE edits.</summary>
public sealed class Icd10CmCodeSet
{
    internal Icd10CmCodeSet(ReferenceCodeSet codes, ReferenceCodeSet edits)
    {
        Codes = codes;
        EditSet = edits;
    }

    /// <summary>The dated code table.</summary>
    public ReferenceCodeSet Codes { get; }

    /// <summary>The MCE edit table (FY2024 v41.1 unless a newer one was imported).</summary>
    public ReferenceCodeSet EditSet { get; }

    public Icd10CmCode Lookup(ReadOnlySpan<char> code, DateOnly dateOfService) =>
        CodeKey.TryPack(code, out ulong key) ? Lookup(key, dateOfService) : default;

    public Icd10CmCode Lookup(ReadOnlySpan<byte> code, DateOnly dateOfService) =>
        CodeKey.TryPack(code, out ulong key) ? Lookup(key, dateOfService) : default;

    public Icd10CmCode Lookup(ulong key, DateOnly dateOfService) =>
        new(Codes.Lookup(key, dateOfService), EditSet, dateOfService.DayNumber);
}
