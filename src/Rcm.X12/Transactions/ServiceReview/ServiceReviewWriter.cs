using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;
using static Rcm.X12.Transactions.X12CommonSegmentWriter;

namespace Rcm.X12.Transactions.ServiceReview;

/// <summary>Writes a <see cref="ServiceReview278"/> in 005010X217 segment order, numbering the HL tree itself.</summary>
public static class ServiceReviewWriter
{
    public static void Write(X12Writer w, ServiceReview278 tx)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(tx);
        w.BeginTransaction("278", Claim837Writer.NullIfEmpty(tx.ControlNumber), tx.ImplementationReference.Length > 0 ? tx.ImplementationReference : "005010X217");
        X12HeaderSegments.WriteBeginning(w, tx.Header);
        Raw(w, tx.Other);
        int hl = 0;
        foreach (ServiceReviewLevel level in tx.Levels)
        {
            WriteLevel(w, level, null, ref hl);
        }

        w.EndTransaction();
    }

    /// <summary>X217 2010x: NM1 REF N3 N4 PER PRV DMG (references first, unlike the 837).</summary>
    private static void WriteName(X12Writer w, X12Party party)
    {
        if (IsAbsent(party))
        {
            return;
        }

        X12Name n = party.Name;
        w.WriteSegment("NM1", n.EntityIdentifier, n.EntityType, n.LastOrOrganizationName, n.FirstName, n.MiddleName, n.Prefix, n.Suffix, n.IdentifierQualifier, n.Identifier);
        References(w, party.References);
        if (party.AdditionalName is not null)
        {
            w.WriteSegment("N2", party.AdditionalName);
        }

        Address(w, party.Address);
        Contacts(w, party.Contacts);
        if (party.Taxonomy is { } prv)
        {
            w.WriteSegment("PRV", prv.ProviderCode, prv.Qualifier, prv.Taxonomy);
        }

        Demographics(w, party.Demographics);
        Dates(w, party.Dates);
    }

    private static void WriteLevel(X12Writer w, ServiceReviewLevel level, int? parent, ref int hl)
    {
        int id = ++hl;
        Claim837Writer.WriteLevel(w, id, parent, level.LevelCode, level.Children.Count > 0);
        Traces(w, level.TraceNumbers);
        if (level.Review is { } um)
        {
            w.BeginSegment("UM"u8);
            w.WriteElement(um.RequestCategory);
            w.WriteElement(um.CertificationType);
            w.WriteElement(um.ServiceType);
            w.WriteElement(um.FacilityCode);
            w.WriteComponent(um.FacilityCodeQualifier);
            w.WriteElement(um.RelatedCauses.Count > 0 ? w.Composite([.. um.RelatedCauses]) : null);
            w.WriteElement(um.LevelOfService);
            w.EndSegment();
        }

        if (level.Decision is { } hcr)
        {
            w.WriteSegment("HCR", hcr.ActionCode, hcr.AuthorizationNumber, hcr.ReasonCode, hcr.SecondSurgicalOpinion);
        }

        References(w, level.References);
        Dates(w, level.Dates);
        HealthCareCodes(w, level.HealthCareCodes);
        if (level.Service is { } sv)
        {
            w.BeginSegment(sv.SegmentId);
            if (sv.SegmentId == "SV2")
            {
                w.WriteElement(sv.RevenueCode);
            }

            Procedure(w, sv.Procedure);
            w.WriteDecimal(sv.Charge);
            w.WriteElement(sv.UnitBasis);
            w.WriteDecimal(sv.Units);
            w.EndSegment();
        }

        // X217 2000E/2000F: SV1/SV2 come before HSD, CRC, CL1, CR1–CR8 and PWK (kept as sent), then MSG.
        Raw(w, level.Other);
        Messages(w, level.Messages);
        foreach (X12Party party in level.Parties)
        {
            WriteName(w, party);
        }

        Rejections(w, level.Rejections);
        foreach (ServiceReviewLevel child in level.Children)
        {
            WriteLevel(w, child, id, ref hl);
        }
    }
}
