namespace Rcm.X12.Guides;

/// <summary>
/// One X12 5010 implementation guide (TR3) as data: the transaction's loops and segments in order, with usage,
/// repeats, element types, lengths and the code lists the guide fixes.
/// </summary>
public sealed class ImplementationGuide
{
    internal ImplementationGuide(string transactionSetId, string version, string functionalIdentifier, string name,
        LoopDefinition transaction, IReadOnlyList<string> notes)
    {
        TransactionSetId = transactionSetId;
        Version = version;
        FunctionalIdentifier = functionalIdentifier;
        Name = name;
        Transaction = transaction;
        Notes = notes;
    }

    /// <summary>ST01, e.g. <c>837</c>.</summary>
    public string TransactionSetId { get; }

    /// <summary>GS08 / ST03, e.g. <c>005010X222A1</c>.</summary>
    public string Version { get; }

    /// <summary>GS01 functional identifier code, e.g. <c>HC</c>.</summary>
    public string FunctionalIdentifier { get; }

    /// <summary>The guide's title.</summary>
    public string Name { get; }

    /// <summary>The transaction set as a loop whose children run from ST to SE.</summary>
    public LoopDefinition Transaction { get; }

    /// <summary>Known gaps and deviations of this guide's data from the published TR3, in plain words.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Finds a loop by id (e.g. <c>2010AA</c>), or null.</summary>
    public LoopDefinition? FindLoop(string id) => Transaction.FindLoop(id);
}
