namespace Rcm.X12.Transactions;

/// <summary>
/// A name loop: the NM1 (or 835 N1) that opens it and the segments that describe the party inside the loop
/// (N2, N3/N4, REF, PER, DMG, PRV, DTP). Any other segment inside the loop is kept in the
/// <c>Other</c> list of the loop that holds the name loop.
/// </summary>
public sealed record X12Party
{
    public X12Name Name { get; set; } = new();

    /// <summary>N2: additional name (835 payee/payer).</summary>
    public string? AdditionalName { get; set; }

    public X12Address? Address { get; set; }

    public List<X12Reference> References { get => field ??= []; set; }

    public List<X12Contact> Contacts { get => field ??= []; set; }

    public X12Demographics? Demographics { get; set; }

    public X12ProviderTaxonomy? Taxonomy { get; set; }

    /// <summary>DTP segments inside the name loop (e.g. 2330B DTP 573 claim check or remittance date).</summary>
    public List<X12DateValue> Dates { get => field ??= []; set; }
}
