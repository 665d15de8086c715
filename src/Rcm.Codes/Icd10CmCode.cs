namespace Rcm.Codes;

/// <summary>An ICD-10-CM look-up: the dated entry, whether the code is billable (the CMS "valid for
/// HIPAA transactions" flag: a full-length leaf, not a category header) and its MCE edits.</summary>
public readonly struct Icd10CmCode
{
    /// <summary>Attribute bit set on billable rows.</summary>
    internal const uint BillableBit = 1;

    private readonly ReferenceCodeSet? _editSet;
    private readonly int _day;

    internal Icd10CmCode(CodeEntry entry, ReferenceCodeSet? editSet, int day)
    {
        Entry = entry;
        _editSet = editSet;
        _day = day;
    }

    public CodeEntry Entry { get; }

    public CodeStatus Status => Entry.Status;

    public bool Exists => Entry.Exists;

    /// <summary>The code is in force on the date of service (header or billable).</summary>
    public bool IsValid => Entry.IsValid;

    /// <summary>The code may be reported on a claim: in force on the date and billable in that version.</summary>
    public bool IsBillable => Entry.IsValid && (Entry.Attributes & BillableBit) != 0;

    /// <summary>The code is in force but is a header (needs more characters).</summary>
    public bool IsHeader => Entry.IsValid && (Entry.Attributes & BillableBit) == 0;

    public bool IsStale => Entry.IsStale;

    public string? Description => Entry.Description;

    /// <summary>MCE age/sex/manifestation edits attached to the code (looked up when asked, so plain validity checks pay one probe).</summary>
    public DiagnosisEdits Edits
    {
        get
        {
            if (_editSet is null || !Entry.Exists)
            {
                return DiagnosisEdits.None;
            }
            // MCE edits are published per fiscal year; the newest loaded edits apply when the date is later.
            int row = _editSet.Table.Find(Entry.Key, _day, out bool inForce);
            return row >= 0 && inForce ? (DiagnosisEdits)_editSet.Table.Attributes[row] : DiagnosisEdits.None;
        }
    }

    /// <summary>
    /// The MCE edits this code fails for a patient of the given age (whole years) and sex; None when it
    /// passes. Unknown sex never fails a sex edit. <paramref name="principal"/> checks the manifestation edit.
    /// </summary>
    public DiagnosisEdits Check(int ageYears, PatientSex sex, bool principal = false)
    {
        DiagnosisEdits e = Edits;
        if (e == DiagnosisEdits.None)
        {
            return DiagnosisEdits.None;
        }
        DiagnosisEdits failed = DiagnosisEdits.None;
        // MCE v41.1 age ranges (Definitions of Medicare Code Edits, "Age conflict").
        if ((e & DiagnosisEdits.Newborn) != 0 && ageYears != 0)
        {
            failed |= DiagnosisEdits.Newborn;
        }
        if ((e & DiagnosisEdits.Pediatric) != 0 && (ageYears < 0 || ageYears > 17))
        {
            failed |= DiagnosisEdits.Pediatric;
        }
        if ((e & DiagnosisEdits.Maternity) != 0 && (ageYears < 9 || ageYears > 64))
        {
            failed |= DiagnosisEdits.Maternity;
        }
        if ((e & DiagnosisEdits.Adult) != 0 && (ageYears < 15 || ageYears > 124))
        {
            failed |= DiagnosisEdits.Adult;
        }
        if ((e & DiagnosisEdits.FemaleOnly) != 0 && sex == PatientSex.Male)
        {
            failed |= DiagnosisEdits.FemaleOnly;
        }
        if ((e & DiagnosisEdits.MaleOnly) != 0 && sex == PatientSex.Female)
        {
            failed |= DiagnosisEdits.MaleOnly;
        }
        if ((e & DiagnosisEdits.Manifestation) != 0 && principal)
        {
            failed |= DiagnosisEdits.Manifestation;
        }
        return failed;
    }
}
