namespace Rcm.X12.Acknowledgments;

/// <summary>One 999 transaction set: the verdict on one functional group (AK1 … AK9).</summary>
/// <param name="FunctionalId">AK101, e.g. <c>HC</c>.</param>
/// <param name="ControlNumber">AK102, the GS06 of the acknowledged group.</param>
/// <param name="Version">AK103, the GS08 of the acknowledged group.</param>
/// <param name="Status">AK901.</param>
/// <param name="Included">AK902, transaction sets the group said it held.</param>
/// <param name="Received">AK903, transaction sets received.</param>
/// <param name="Accepted">AK904, transaction sets accepted.</param>
/// <param name="ErrorCodes">AK905–AK909 functional group error codes.</param>
/// <param name="Transactions">The AK2 blocks in order.</param>
public sealed record AcknowledgedGroup(
    string FunctionalId,
    string ControlNumber,
    string? Version,
    AcknowledgmentStatus Status,
    int Included,
    int Received,
    int Accepted,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<AcknowledgedTransaction> Transactions);
