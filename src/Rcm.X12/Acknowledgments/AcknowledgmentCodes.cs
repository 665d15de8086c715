using Rcm.X12.Envelopes;
using Rcm.X12.Validation;

namespace Rcm.X12.Acknowledgments;

/// <summary>
/// How findings map onto 999 (005010X231A1) codes: IK304 segment syntax error codes, IK403 element syntax error
/// codes, IK502 transaction set error codes and AK905 functional group error codes. Guide rules that X231A1 has no
/// syntax code for (HL numbering, 2000C with SBR02=18, balancing) are reported as IK403 I12 ("Implementation Pattern
/// Match Failure"), the catch-all for implementation-guide rules.
/// </summary>
internal static class AcknowledgmentCodes
{
    /// <summary>IK304 for a segment-level finding, or null when the finding is about an element (IK304 = 8 + IK4).</summary>
    public static string? SegmentCode(string code) => code switch
    {
        X12EnvelopeCodes.InvalidSegmentId => "1",
        GuideIssueCodes.UnexpectedSegment => "2",
        GuideIssueCodes.RequiredSegmentMissing or GuideIssueCodes.RequiredLoopMissing => "3",
        GuideIssueCodes.LoopRepeatsTooOften => "4",
        GuideIssueCodes.SegmentRepeatsTooOften => "5",
        GuideIssueCodes.SegmentNotInGuide => "6",
        GuideIssueCodes.SegmentOutOfOrder => "7",
        GuideIssueCodes.NotUsedSegmentPresent => "I4",
        _ => null,
    };

    /// <summary>IK403 for an element-level finding.</summary>
    public static string ElementCode(string code) => code switch
    {
        GuideIssueCodes.RequiredElementMissing or GuideIssueCodes.RequiredComponentMissing => "1",
        GuideIssueCodes.ConditionalElementMissing => "2",
        GuideIssueCodes.TooManyElements => "3",
        GuideIssueCodes.ElementTooShort => "4",
        GuideIssueCodes.ElementTooLong => "5",
        GuideIssueCodes.InvalidCharacter => "6",
        GuideIssueCodes.InvalidCode => "7",
        GuideIssueCodes.InvalidDate => "8",
        GuideIssueCodes.InvalidTime => "9",
        GuideIssueCodes.ExclusionViolated => "10",
        GuideIssueCodes.TooManyRepetitions => "12",
        GuideIssueCodes.TooManyComponents => "13",
        GuideIssueCodes.NotUsedElementPresent => "I10",
        _ => "I12",
    };

    /// <summary>IK502 for an envelope finding on a transaction set's ST or SE, or null.</summary>
    public static string? TransactionCode(string code) => code switch
    {
        X12EnvelopeCodes.MissingSe => "2",
        X12EnvelopeCodes.TransactionControlMismatch => "3",
        X12EnvelopeCodes.SegmentCountMismatch or X12EnvelopeCodes.InvalidCount => "4",
        X12EnvelopeCodes.InvalidTransactionControl => "7",
        X12EnvelopeCodes.DuplicateTransactionControl => "23",
        _ => null,
    };

    /// <summary>AK905 for an envelope finding on a functional group's GS or GE, or null.</summary>
    public static string? GroupCode(string code) => code switch
    {
        X12EnvelopeCodes.MissingGe => "3",
        X12EnvelopeCodes.GroupControlMismatch => "4",
        X12EnvelopeCodes.TransactionCountMismatch or X12EnvelopeCodes.InvalidCount => "5",
        X12EnvelopeCodes.InvalidGroupControl => "6",
        X12EnvelopeCodes.DuplicateGroupControl => "19",
        _ => null,
    };

    /// <summary>Plain words for an IK304 code (X231A1 element 620), for issues read back from a 999.</summary>
    public static string DescribeSegmentCode(string code) => code switch
    {
        "1" => "Unrecognized segment ID",
        "2" => "Unexpected segment",
        "3" => "Required segment missing",
        "4" => "Loop occurs over maximum times",
        "5" => "Segment exceeds maximum use",
        "6" => "Segment not in defined transaction set",
        "7" => "Segment not in proper sequence",
        "8" => "Segment has data element errors",
        "I4" => "Implementation \"Not Used\" segment present",
        "I6" => "Implementation dependent segment missing",
        "I7" => "Implementation loop occurs under minimum times",
        "I8" => "Implementation segment below minimum use",
        "I9" => "Implementation dependent \"Not Used\" segment present",
        _ => "Segment error " + code,
    };

    /// <summary>Plain words for an IK403 code (X231A1 element 621).</summary>
    public static string DescribeElementCode(string code) => code switch
    {
        "1" => "Required data element missing",
        "2" => "Conditional required data element missing",
        "3" => "Too many data elements",
        "4" => "Data element too short",
        "5" => "Data element too long",
        "6" => "Invalid character in data element",
        "7" => "Invalid code value",
        "8" => "Invalid date",
        "9" => "Invalid time",
        "10" => "Exclusion condition violated",
        "12" => "Too many repetitions",
        "13" => "Too many components",
        "I6" => "Code value not used in implementation",
        "I9" => "Implementation dependent data element missing",
        "I10" => "Implementation \"Not Used\" data element present",
        "I11" => "Implementation too few repetitions",
        "I12" => "Implementation pattern match failure",
        "I13" => "Implementation dependent \"Not Used\" data element present",
        _ => "Element error " + code,
    };
}
