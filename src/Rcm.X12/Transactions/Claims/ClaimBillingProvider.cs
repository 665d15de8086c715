namespace Rcm.X12.Transactions.Claims;

/// <summary>Loop 2000A billing provider hierarchical level (HL03 = 20) and its 2010AA/AB/AC name loops.</summary>
public sealed record ClaimBillingProvider
{
    /// <summary>PRV in 2000A: billing provider specialty (PRV01 BI, PRV03 taxonomy).</summary>
    public X12ProviderTaxonomy? Specialty { get; set; }

    /// <summary>CUR02: currency, when not USD.</summary>
    public string? Currency { get; set; }

    /// <summary>Loop 2010AA (NM1 85).</summary>
    public X12Party Provider { get; set; } = new();

    /// <summary>Loop 2010AB pay-to address (NM1 87) and 2010AC pay-to plan (NM1 PE).</summary>
    public List<X12Party> PayTo { get => field ??= []; set; }

    /// <summary>Loops 2000B.</summary>
    public List<ClaimSubscriber> Subscribers { get => field ??= []; set; }

    public List<X12RawSegment> Other { get => field ??= []; set; }
}
