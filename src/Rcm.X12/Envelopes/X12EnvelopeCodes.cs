namespace Rcm.X12.Envelopes;

/// <summary>
/// Permanent codes of the envelope findings (ISA/IEA, GS/GE, ST/SE structure, X12.5 and X12.6). Never renumber or
/// reuse one; add new codes at the end of their family.
/// </summary>
public static class X12EnvelopeCodes
{
    /// <summary>IEA01 differs from the number of functional groups in the interchange.</summary>
    public const string GroupCountMismatch = "X12101";

    /// <summary>IEA02 differs from ISA13.</summary>
    public const string InterchangeControlMismatch = "X12102";

    /// <summary>An interchange has no IEA (the file ends, or another ISA begins).</summary>
    public const string MissingIea = "X12103";

    /// <summary>An IEA without an open interchange.</summary>
    public const string UnexpectedIea = "X12104";

    /// <summary>A segment after an IEA and before the next ISA.</summary>
    public const string OutsideInterchange = "X12105";

    /// <summary>ISA13 is not nine digits.</summary>
    public const string InvalidInterchangeControl = "X12106";

    /// <summary>An interchange holds no functional group.</summary>
    public const string EmptyInterchange = "X12107";

    /// <summary>The same ISA13 appears twice in one file.</summary>
    public const string DuplicateInterchangeControl = "X12108";

    /// <summary>GE01 differs from the number of transaction sets in the group.</summary>
    public const string TransactionCountMismatch = "X12111";

    /// <summary>GE02 differs from GS06.</summary>
    public const string GroupControlMismatch = "X12112";

    /// <summary>A functional group has no GE (an IEA, GS or ISA comes first, or the file ends).</summary>
    public const string MissingGe = "X12113";

    /// <summary>A GE without an open functional group.</summary>
    public const string UnexpectedGe = "X12114";

    /// <summary>GS06 is not a number of one to nine digits.</summary>
    public const string InvalidGroupControl = "X12115";

    /// <summary>
    /// An ISA element holds a value X12.5 does not allow (ISA01/ISA03/ISA05/ISA07/ISA14/ISA15 code lists, ISA09 date,
    /// ISA10 time).
    /// </summary>
    public const string InvalidIsaValue = "X12109";

    /// <summary>A functional group holds no transaction set.</summary>
    public const string EmptyGroup = "X12116";

    /// <summary>The same GS06 appears twice in one interchange.</summary>
    public const string DuplicateGroupControl = "X12117";

    /// <summary>A GS element holds a value X12.6 does not allow (GS04 date, GS05 time, GS07 agency code).</summary>
    public const string InvalidGroupValue = "X12118";

    /// <summary>SE01 differs from the number of segments from ST to SE inclusive.</summary>
    public const string SegmentCountMismatch = "X12121";

    /// <summary>SE02 differs from ST02.</summary>
    public const string TransactionControlMismatch = "X12122";

    /// <summary>A transaction set has no SE (a GE, IEA, ST, GS or ISA comes first, or the file ends).</summary>
    public const string MissingSe = "X12123";

    /// <summary>An SE without an open transaction set.</summary>
    public const string UnexpectedSe = "X12124";

    /// <summary>An ST outside a functional group.</summary>
    public const string TransactionOutsideGroup = "X12125";

    /// <summary>A data segment outside a transaction set (between GS and ST, or after SE).</summary>
    public const string OutsideTransaction = "X12126";

    /// <summary>ST02 is not four to nine characters.</summary>
    public const string InvalidTransactionControl = "X12127";

    /// <summary>The same ST02 appears twice in one functional group.</summary>
    public const string DuplicateTransactionControl = "X12128";

    /// <summary>ST03 differs from the GS08 of its group (the 5010 guides require the same value).</summary>
    public const string ImplementationReferenceMismatch = "X12129";

    /// <summary>A count element (SE01, GE01, IEA01) is not a number.</summary>
    public const string InvalidCount = "X12131";

    /// <summary>A segment identifier is not two or three upper-case letters or digits.</summary>
    public const string InvalidSegmentId = "X12141";
}
