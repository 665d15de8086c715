using Rcm.Codes;
using Rcm.Core.Claims;
using CodeEdits = Rcm.Codes.DiagnosisEdits;

namespace Rcm.Core.Validation.Reference;

/// <summary>
/// The reference-data port over Rcm.Codes: dated, allocation-free look-ups in the shipped (or imported) code sets.
/// Load once per process (<see cref="CodeSets.LoadShipped"/> takes well under a second) and share: it is read-only.
/// </summary>
public sealed class CodesReferenceData : IClaimReferenceData
{
    private readonly CodeSets _sets;

    public CodesReferenceData(CodeSets sets) => _sets = sets;

    public static CodesReferenceData LoadShipped() => new(CodeSets.LoadShipped());

    public CodeSets Sets => _sets;

    public DiagnosisCodeStatus Diagnosis(string code, DateOnly on)
    {
        var entry = _sets.Icd10.Lookup(code, on);
        return entry.IsBillable ? DiagnosisCodeStatus.Billable
            : entry.IsHeader ? DiagnosisCodeStatus.NotBillable
            : DiagnosisCodeStatus.Unknown;
    }

    public DiagnosisEdits DiagnosisEdits(string code, DateOnly on)
    {
        var edits = _sets.Icd10.Lookup(code, on).Edits;
        if (edits == CodeEdits.None)
        {
            return Reference.DiagnosisEdits.None;
        }

        var mapped = Reference.DiagnosisEdits.None;
        if ((edits & CodeEdits.MaleOnly) != 0) mapped |= Reference.DiagnosisEdits.MaleOnly;
        if ((edits & CodeEdits.FemaleOnly) != 0) mapped |= Reference.DiagnosisEdits.FemaleOnly;
        if ((edits & CodeEdits.Newborn) != 0) mapped |= Reference.DiagnosisEdits.Newborn;
        if ((edits & CodeEdits.Pediatric) != 0) mapped |= Reference.DiagnosisEdits.Pediatric;
        if ((edits & CodeEdits.Maternity) != 0) mapped |= Reference.DiagnosisEdits.Maternity;
        if ((edits & CodeEdits.Adult) != 0) mapped |= Reference.DiagnosisEdits.Adult;
        if ((edits & CodeEdits.Manifestation) != 0) mapped |= Reference.DiagnosisEdits.Manifestation;
        return mapped;
    }

    public ProcedureCodeStatus Procedure(string code, DateOnly on)
    {
        var entry = _sets.Hcpcs.Lookup(code, on);
        if (entry.Status == CodeStatus.Valid)
        {
            return ProcedureCodeStatus.Valid;
        }

        if (entry.Status == CodeStatus.NotInForce)
        {
            return ProcedureCodeStatus.Terminated;
        }

        return IsCptForm(code) ? ProcedureCodeStatus.FormatOnly : ProcedureCodeStatus.Unknown;
    }

    public bool IsModifier(string code, DateOnly on) => _sets.Modifiers.Lookup(code, on).Exists;

    public bool IsPlaceOfService(string code, DateOnly on) => _sets.PlaceOfService.Lookup(code, on).Exists;

    public bool IsTaxonomy(string code, DateOnly on) => _sets.Taxonomy.Lookup(code, on).Exists;

    public PtpEdit Ptp(string column1, string column2, DateOnly on)
    {
        var pair = _sets.Ncci.FindPair(column1, column2, on);
        if (!pair.Applies)
        {
            return PtpEdit.None;
        }

        return pair.ModifierIndicator switch
        {
            NcciModifierIndicator.NotAllowed => PtpEdit.ModifierNotAllowed,
            NcciModifierIndicator.Allowed => PtpEdit.ModifierAllowed,
            _ => PtpEdit.NotApplicable,
        };
    }

    public MueLimit Mue(string code, DateOnly on, ClaimKind kind)
    {
        var edit = _sets.Mue.Find(code, on, kind == ClaimKind.Institutional ? MueServiceType.OutpatientHospital : MueServiceType.Practitioner);
        return edit.Applies && edit.MaxUnits > 0 ? new MueLimit(edit.MaxUnits, (byte)edit.Adjudication) : MueLimit.None;
    }

    public AddOnKind AddOn(string code, DateOnly on)
    {
        var edit = _sets.AddOn.Find(code, on);
        return !edit.IsAddOn ? AddOnKind.NotAddOn : edit.EditType == 1 ? AddOnKind.ListedPrimary : AddOnKind.AnyPrimary;
    }

    public bool IsListedPrimary(string addOn, string primary, DateOnly on) => _sets.AddOn.Find(addOn, primary, on).PrimaryListed;

    /// <summary>CPT Level I: five digits, or four digits and F (Category II), T (Category III) or U (PLA).</summary>
    private static bool IsCptForm(string code) =>
        code.Length == 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3])
        && (char.IsAsciiDigit(code[4]) || code[4] is 'F' or 'T' or 'U');
}
