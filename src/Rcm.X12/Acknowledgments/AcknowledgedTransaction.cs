using Rcm.X12.Validation;

namespace Rcm.X12.Acknowledgments;

/// <summary>One AK2 … IK5 block of a 999: the receiver's verdict on one transaction set it received.</summary>
/// <param name="SetId">AK201, e.g. <c>837</c>.</param>
/// <param name="ControlNumber">AK202, the ST02 of the acknowledged transaction set.</param>
/// <param name="ImplementationReference">AK203, when sent.</param>
/// <param name="Status">IK501.</param>
/// <param name="ErrorCodes">IK502–IK506 transaction set error codes.</param>
/// <param name="Issues">
/// IK3/IK4 errors as issues with codes <c>ACK-IK3-n</c> and <c>ACK-IK4-n</c>. Their <see cref="X12Issue.SegmentOrdinal"/>
/// is IK302: the segment's position inside the acknowledged transaction set (ST = 1), not in this file.
/// </param>
public sealed record AcknowledgedTransaction(
    string SetId,
    string ControlNumber,
    string? ImplementationReference,
    AcknowledgmentStatus Status,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<X12Issue> Issues);
