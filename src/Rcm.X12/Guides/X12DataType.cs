namespace Rcm.X12.Guides;

/// <summary>X12 simple data element types (X12.6 §3.6), plus <see cref="Composite"/> for composite elements.</summary>
public enum X12DataType
{
    /// <summary>String of printable characters; leading spaces are data, trailing spaces should be suppressed.</summary>
    AN,

    /// <summary>Identifier: a code from a list.</summary>
    ID,

    /// <summary>Date CCYYMMDD (or YYMMDD when the maximum length is 6, as in ISA09).</summary>
    DT,

    /// <summary>Time HHMM[SS[d..d]].</summary>
    TM,

    /// <summary>Numeric with implied decimals (N0, N2 ...): digits and an optional leading minus sign.</summary>
    N,

    /// <summary>Decimal number with an optional sign and an explicit decimal point.</summary>
    R,

    /// <summary>Binary data (not validated).</summary>
    B,

    /// <summary>A composite element made of components.</summary>
    Composite,
}
