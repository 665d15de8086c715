using System.Text.Json.Serialization;
using Rcm.X12.Validation;

namespace Rcm.X12.Transactions;

/// <summary>
/// What <see cref="X12TransactionParser"/> found in a file: the typed content per interchange and group, and the
/// issues that kept parts of it from being mapped (a transaction without a mapper, a transaction cut short).
/// </summary>
public sealed record X12ParseResult
{
    public List<X12InterchangeContent> Interchanges { get => field ??= []; set; }

    /// <summary>Issues with codes from <see cref="X12TypedParseCodes"/>.</summary>
    public List<X12Issue> Issues { get => field ??= []; set; }

    /// <summary>Every typed transaction in file order (a view over <see cref="Interchanges"/>, not serialized twice).</summary>
    [JsonIgnore]
    public IEnumerable<X12Transaction> Transactions =>
        Interchanges.SelectMany(i => i.Groups).SelectMany(g => g.Transactions);

    /// <summary>True when no issue of severity <see cref="X12Severity.Error"/> was found.</summary>
    public bool IsComplete => Issues.TrueForAll(i => i.Severity != X12Severity.Error);
}
