namespace Rcm.Codes;

/// <summary>Medically unlikely edits for practitioner, outpatient hospital and DME supplier services.</summary>
public sealed class MueEdits
{
    internal MueEdits(ReferenceCodeSet practitioner, ReferenceCodeSet outpatient, ReferenceCodeSet dme)
    {
        Practitioner = practitioner;
        OutpatientHospital = outpatient;
        DmeSupplier = dme;
    }

    public ReferenceCodeSet Practitioner { get; }
    public ReferenceCodeSet OutpatientHospital { get; }
    public ReferenceCodeSet DmeSupplier { get; }

    public ReferenceCodeSet Table(MueServiceType type) => type switch
    {
        MueServiceType.OutpatientHospital => OutpatientHospital,
        MueServiceType.DmeSupplier => DmeSupplier,
        _ => Practitioner,
    };

    public MueEdit Find(ReadOnlySpan<char> code, DateOnly dateOfService, MueServiceType type = MueServiceType.Practitioner) =>
        new(Table(type).Lookup(code, dateOfService));

    public MueEdit Find(ReadOnlySpan<byte> code, DateOnly dateOfService, MueServiceType type = MueServiceType.Practitioner) =>
        new(Table(type).Lookup(code, dateOfService));

    public MueEdit Find(ulong key, DateOnly dateOfService, MueServiceType type = MueServiceType.Practitioner) =>
        new(Table(type).Lookup(key, dateOfService));
}
