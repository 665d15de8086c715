namespace Rcm.Codes;

/// <summary>
/// NCCI add-on code edit for one add-on code. Type 1: only the listed primary codes; type 2: no primary
/// list (the payer decides; CMS writes "CCCCC"); type 3: some primaries listed, others may be allowed.
/// </summary>
public readonly struct AddOnEdit
{
    internal AddOnEdit(CodeEntry entry, bool primaryListed)
    {
        Entry = entry;
        PrimaryListed = primaryListed;
    }

    public CodeEntry Entry { get; }

    /// <summary>The code is an add-on code in force on the date.</summary>
    public bool IsAddOn => Entry.IsValid;

    /// <summary>CMS AOC edit type 1, 2 or 3 (0 when not an add-on code).</summary>
    public int EditType => IsAddOn ? (int)Entry.Attributes : 0;

    /// <summary>The primary code asked about is on the add-on's primary list.</summary>
    public bool PrimaryListed { get; }

    /// <summary>
    /// True when the primary code cannot support the add-on: a type 1 add-on whose list lacks it. Types 2
    /// and 3 leave it to the contractor, so they never fail here.
    /// </summary>
    public bool PrimaryMissing => IsAddOn && EditType == 1 && !PrimaryListed;
}
