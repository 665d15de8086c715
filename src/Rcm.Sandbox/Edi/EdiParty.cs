namespace Rcm.Sandbox.Edi;

/// <summary>An interchange party: ISA05/ISA06 (or ISA07/ISA08) qualifier and id.</summary>
public sealed record EdiParty(string Qualifier, string Id)
{
    /// <summary>The party who sent an inbound interchange, to answer back to.</summary>
    public static EdiParty SenderOf(EdiSegment? isa) =>
        isa is null ? new EdiParty("ZZ", "SUBMITTER") : new EdiParty(isa[5].Trim(), isa[6].Trim());

    public static EdiParty ReceiverOf(EdiSegment? isa) =>
        isa is null ? new EdiParty("ZZ", "SANDBOX") : new EdiParty(isa[7].Trim(), isa[8].Trim());
}
