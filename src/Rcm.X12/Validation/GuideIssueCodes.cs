namespace Rcm.X12.Validation;

/// <summary>
/// Permanent codes of implementation-guide findings (family TR3: SNIP levels 1–2 against the guide, and the
/// inter-segment rules a guide states). Listed with severities in docs/x12-issue-codes.md. Never renumber or reuse
/// one; add new codes at the end of their block.
/// </summary>
public static class GuideIssueCodes
{
    /// <summary>No guide here for this transaction set and version (837D, 834, 4010, unknown GS08): not checked.</summary>
    public const string NoGuide = "TR3001";

    /// <summary>The version names another addendum of a guide we hold; checked against ours.</summary>
    public const string VersionVariant = "TR3002";

    /// <summary>Too many findings: the rest of the file's findings are counted, not listed.</summary>
    public const string TooManyFindings = "TR3009";

    /// <summary>A segment the guide does not define anywhere in this transaction set.</summary>
    public const string SegmentNotInGuide = "TR3101";

    /// <summary>A segment the guide defines, but not at this place.</summary>
    public const string UnexpectedSegment = "TR3102";

    /// <summary>A segment that belongs earlier in its loop.</summary>
    public const string SegmentOutOfOrder = "TR3103";

    /// <summary>A required segment is missing from its loop.</summary>
    public const string RequiredSegmentMissing = "TR3104";

    /// <summary>A segment repeats more often than the guide allows.</summary>
    public const string SegmentRepeatsTooOften = "TR3105";

    /// <summary>A loop repeats more often than the guide allows.</summary>
    public const string LoopRepeatsTooOften = "TR3106";

    /// <summary>A required loop is missing.</summary>
    public const string RequiredLoopMissing = "TR3107";

    /// <summary>A segment the guide marks "Not Used" is present.</summary>
    public const string NotUsedSegmentPresent = "TR3108";

    /// <summary>A required element is empty or absent.</summary>
    public const string RequiredElementMissing = "TR3201";

    /// <summary>A syntax note (P, R, C, L) requires an element that is absent.</summary>
    public const string ConditionalElementMissing = "TR3202";

    /// <summary>More elements than the segment defines.</summary>
    public const string TooManyElements = "TR3203";

    /// <summary>A value shorter than the element's minimum length.</summary>
    public const string ElementTooShort = "TR3204";

    /// <summary>A value longer than the element's maximum length.</summary>
    public const string ElementTooLong = "TR3205";

    /// <summary>A character the element's type does not allow (control characters, letters in a number).</summary>
    public const string InvalidCharacter = "TR3206";

    /// <summary>A code the guide does not allow for this element.</summary>
    public const string InvalidCode = "TR3207";

    /// <summary>A date that is not a real CCYYMMDD (or YYMMDD) date.</summary>
    public const string InvalidDate = "TR3208";

    /// <summary>A time that is not HHMM[SS[d..]].</summary>
    public const string InvalidTime = "TR3209";

    /// <summary>A syntax note E (exclusion): more than one of the listed elements is present.</summary>
    public const string ExclusionViolated = "TR3210";

    /// <summary>More repetitions than the element allows (or repetition of a non-repeating element).</summary>
    public const string TooManyRepetitions = "TR3211";

    /// <summary>More components than the composite defines (or components in a simple element).</summary>
    public const string TooManyComponents = "TR3212";

    /// <summary>An element or component the guide marks "Not Used" is present.</summary>
    public const string NotUsedElementPresent = "TR3213";

    /// <summary>A value that does not match the pattern the guide sets (e.g. a nine-digit SSN).</summary>
    public const string PatternMismatch = "TR3214";

    /// <summary>A required component of a present composite is empty.</summary>
    public const string RequiredComponentMissing = "TR3215";

    /// <summary>HL01 does not start at 1 and rise by one per HL segment.</summary>
    public const string HierarchyIdOutOfSequence = "TR3301";

    /// <summary>HL02 names no earlier HL segment of the transaction set.</summary>
    public const string HierarchyParentUnknown = "TR3302";

    /// <summary>HL04=0 says no child levels follow, but a later HL names this one as parent.</summary>
    public const string HierarchyChildCodeWrong = "TR3303";

    /// <summary>837: the subscriber is the patient (SBR02=18) but a patient level (2000C) follows.</summary>
    public const string PatientLoopWithSubscriberPatient = "TR3304";

    /// <summary>
    /// HL04=1 says child levels follow, but none does (a warning: some guides allow only code 1 at a level, e.g.
    /// X279A1 2000B, even in an error response that ends there).
    /// </summary>
    public const string HierarchyChildMissing = "TR3305";

    /// <summary>837: a replacement or void claim (CLM05-3 = 7 or 8) without REF*F8 naming the original claim.</summary>
    public const string ReplacementWithoutOriginal = "TR3306";
}
