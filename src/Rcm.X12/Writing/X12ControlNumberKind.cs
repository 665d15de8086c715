namespace Rcm.X12.Writing;

/// <summary>The three control numbers of an X12 envelope.</summary>
public enum X12ControlNumberKind
{
    /// <summary>ISA13 / IEA02: nine digits, zero padded.</summary>
    Interchange,

    /// <summary>GS06 / GE02: one to nine digits.</summary>
    Group,

    /// <summary>ST02 / SE02: four to nine characters.</summary>
    Transaction,
}
