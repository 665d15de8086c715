namespace Rcm.X12.Transactions;

/// <summary>
/// Stable codes for issues raised by typed parsing (family <c>TYP</c>). Permanent identifiers; never reuse or
/// renumber one.
/// </summary>
public static class X12TypedParseCodes
{
    /// <summary>A transaction set this engine has no typed mapper for (e.g. 834, 837 dental, 999).</summary>
    public const string NoMapper = "TYP001";

    /// <summary>A transaction set has no SE before the next ST, GE, IEA or the end of the file.</summary>
    public const string MissingTrailer = "TYP002";

    /// <summary>A segment stands outside any transaction set (between SE and the next ST, or before GS).</summary>
    public const string OutsideTransaction = "TYP003";
}
