namespace Rcm.Core.Validation.Reference;

/// <summary>
/// A medically unlikely edit: the most units of a code one provider bills for one patient (CMS MUE tables). The adjudication
/// indicator says what is counted: 1 = each claim line, 2 and 3 = the whole date of service.
/// </summary>
public readonly record struct MueLimit(int MaxUnits, byte AdjudicationIndicator)
{
    public static MueLimit None => default;

    public bool Exists => MaxUnits > 0;

    /// <summary>True when the limit applies to the units of one line rather than of the whole day.</summary>
    public bool PerLine => AdjudicationIndicator == 1;
}
