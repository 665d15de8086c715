namespace Rcm.Codes;

/// <summary>
/// One look-up in any set, flattened for display and JSON (`rcm codes lookup`, the HTTP API). Hot paths
/// use the typed look-ups instead; this allocates.
/// </summary>
public sealed record CodeReport(
    string Set,
    string SetTitle,
    string Code,
    DateOnly Date,
    CodeStatus Status,
    string? Description,
    string? Detail,
    DateOnly? ValidFrom,
    DateOnly? ValidThrough,
    bool Stale,
    bool BeforeCoverage,
    string Version,
    DateOnly DataThrough,
    DateOnly CoverageStart,
    bool? Billable,
    IReadOnlyDictionary<string, string> Facts)
{
    public bool Valid => Status == CodeStatus.Valid;

    /// <summary>Looks <paramref name="codes"/> up in <paramref name="setId"/> (two codes for ncci/aoc: column 1/add-on first).</summary>
    public static CodeReport For(CodeSets sets, string setId, IReadOnlyList<string> codes, DateOnly date)
    {
        ReferenceCodeSet set = sets[setId];
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        bool? billable = null;
        CodeEntry entry;
        string shown = codes[0];
        switch (setId)
        {
            case CodeSetIds.NcciPtp:
                NcciPairEdit pair = sets.Ncci.FindPair(codes[0], codes.Count > 1 ? codes[1] : "", date);
                entry = pair.Entry;
                shown = $"{codes[0]}/{(codes.Count > 1 ? codes[1] : "?")}";
                if (pair.Exists)
                {
                    facts["modifierIndicator"] = $"{(int)pair.ModifierIndicator} ({pair.ModifierIndicator})";
                    facts["effectiveDateApproximate"] = pair.EffectiveDateApproximate ? "yes" : "no";
                }
                break;
            case CodeSetIds.NcciAddOn:
                AddOnEdit aoc = codes.Count > 1 ? sets.AddOn.Find(codes[0], codes[1], date) : sets.AddOn.Find(codes[0], date);
                entry = aoc.Entry;
                if (aoc.IsAddOn)
                {
                    facts["aocEditType"] = aoc.EditType.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (codes.Count > 1)
                    {
                        shown = $"{codes[0]} with primary {codes[1]}";
                        facts["primaryListed"] = aoc.PrimaryListed ? "yes" : "no";
                    }
                }
                break;
            case CodeSetIds.Icd10Cm:
                Icd10CmCode icd = sets.Icd10.Lookup(codes[0], date);
                entry = icd.Entry;
                if (icd.Exists)
                {
                    billable = icd.IsBillable;
                    if (icd.Edits != DiagnosisEdits.None)
                    {
                        facts["mceEdits"] = icd.Edits.ToString();
                    }
                }
                break;
            case CodeSetIds.MuePractitioner or CodeSetIds.MueOutpatient or CodeSetIds.MueDme:
                MueEdit mue = new(set.Lookup(codes[0], date));
                entry = mue.Entry;
                if (mue.Entry.Exists)
                {
                    facts["maxUnits"] = mue.MaxUnits.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    facts["adjudication"] = $"{(int)mue.Adjudication} ({mue.Adjudication})";
                }
                break;
            case CodeSetIds.Carc or CodeSetIds.Rarc:
                DenialReason reason = (setId == CodeSetIds.Carc ? sets.Carc : sets.Rarc).Find(codes[0], date);
                entry = reason.Entry;
                if (reason.Exists)
                {
                    facts["denialCategory"] = reason.Category.ToString();
                }
                break;
            default:
                entry = set.Lookup(codes[0], date);
                if (setId == CodeSetIds.Hcpcs && entry.Exists)
                {
                    facts["notOtherwiseClassified"] = (entry.Attributes & HcpcsAttributes.NotOtherwiseClassified) != 0 ? "yes" : "no";
                    facts["startApproximate"] = (entry.Attributes & HcpcsAttributes.StartApproximate) != 0 ? "yes" : "no";
                }
                if (setId == CodeSetIds.PlaceOfService && entry.Exists && entry.Attributes != 0)
                {
                    facts["setting"] = entry.Attributes == 1 ? "facility" : "non-facility";
                }
                break;
        }
        if (setId is CodeSetIds.MuePractitioner or CodeSetIds.MueOutpatient or CodeSetIds.NcciPtp or CodeSetIds.NcciAddOn)
        {
            facts["cptDescriptors"] = "not shipped (AMA copyright)";
        }
        CodeSetHeader h = set.Header;
        return new CodeReport(setId, h.Title, shown, date, entry.Status, entry.Description, entry.Detail, entry.ValidFrom, entry.ValidThrough,
            entry.IsStale || date > h.DataThrough, date < h.CoverageStart, h.Version, h.DataThrough, h.CoverageStart, billable, facts);
    }
}
