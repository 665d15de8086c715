namespace Rcm.X12.Transactions;

/// <summary>PER: a contact with up to three communication numbers (PER03/04, PER05/06, PER07/08).</summary>
public sealed record X12Contact
{
    /// <summary>PER01: contact function, e.g. <c>IC</c> information contact, <c>BL</c> technical department.</summary>
    public string Function { get; set; } = string.Empty;

    /// <summary>PER02.</summary>
    public string? Name { get; set; }

    /// <summary>Qualifier and number pairs, e.g. <c>TE</c> telephone, <c>EM</c> e-mail, <c>UR</c> web address.</summary>
    public List<X12Communication> Communications { get => field ??= []; set; }
}
