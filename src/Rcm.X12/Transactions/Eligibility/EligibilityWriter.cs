using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;
using static Rcm.X12.Transactions.X12CommonSegmentWriter;

namespace Rcm.X12.Transactions.Eligibility;

/// <summary>Writes a 270 or 271 in 005010X279A1 segment order, numbering the HL tree itself.</summary>
public static class EligibilityWriter
{
    public static void Write(X12Writer w, EligibilityInquiry270 inquiry)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        Write(w, "270", inquiry, inquiry.Header, inquiry.Sources);
    }

    public static void Write(X12Writer w, EligibilityResponse271 response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(w, "271", response, response.Header, response.Sources);
    }

    private static void Write(X12Writer w, string setId, X12Transaction tx, X12BeginningOfTransaction header, List<EligibilitySource> sources)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.BeginTransaction(setId, Claim837Writer.NullIfEmpty(tx.ControlNumber), tx.ImplementationReference.Length > 0 ? tx.ImplementationReference : "005010X279A1");
        X12HeaderSegments.WriteBeginning(w, header);
        Raw(w, tx.Other);
        int hl = 0;
        foreach (EligibilitySource source in sources)
        {
            int sourceId = ++hl;
            Claim837Writer.WriteLevel(w, sourceId, null, "20", source.Receivers.Count > 0);
            if (source.Source.Name.EntityIdentifier.Length > 0)
            {
                Party(w, source.Source);
            }

            Rejections(w, source.Rejections);

            Raw(w, source.Other);
            foreach (EligibilityReceiver receiver in source.Receivers)
            {
                int receiverId = ++hl;
                Claim837Writer.WriteLevel(w, receiverId, sourceId, "21", receiver.Subscribers.Count > 0);
                if (receiver.Receiver.Name.EntityIdentifier.Length > 0)
                {
                    WriteMemberName(w, receiver.Receiver, receiver.Rejections);
                }
                else
                {
                    Rejections(w, receiver.Rejections);
                }

                Raw(w, receiver.Other);
                foreach (EligibilityMember subscriber in receiver.Subscribers)
                {
                    int subscriberId = ++hl;
                    WriteMember(w, subscriber, subscriberId, receiverId);
                    foreach (EligibilityMember dependent in subscriber.Dependents)
                    {
                        WriteMember(w, dependent, ++hl, subscriberId);
                    }
                }
            }
        }

        w.EndTransaction();
    }

    private static void WriteMember(X12Writer w, EligibilityMember m, int id, int parent)
    {
        Claim837Writer.WriteLevel(w, id, parent, m.LevelCode, m.Dependents.Count > 0);
        Traces(w, m.TraceNumbers);
        WriteMemberName(w, m.Member, m.Rejections, m);
        foreach (EligibilityInquiryItem eq in m.Inquiries)
        {
            w.BeginSegment("EQ"u8);
            Repeated(w, eq.ServiceTypes);
            Procedure(w, eq.Procedure);
            w.WriteElement(eq.CoverageLevel);
            w.WriteEmptyElement();
            w.WriteElement(eq.DiagnosisPointers.Count > 0 ? w.Composite([.. eq.DiagnosisPointers]) : null);
            w.EndSegment();
            Amounts(w, eq.Amounts);
            Raw(w, eq.Other);
            References(w, eq.References);
            Dates(w, eq.Dates);
        }

        foreach (EligibilityBenefit eb in m.Benefits)
        {
            WriteBenefit(w, eb);
        }
    }

    /// <summary>X279A1 2100x: NM1 REF N3 N4 AAA PRV DMG INS HI DTP (MPI).</summary>
    private static void WriteMemberName(X12Writer w, X12Party party, List<X12Rejection> rejections, EligibilityMember? member = null)
    {
        X12Name n = party.Name;
        if (n.EntityIdentifier.Length > 0)
        {
            w.WriteSegment("NM1", n.EntityIdentifier, n.EntityType, n.LastOrOrganizationName, n.FirstName, n.MiddleName, n.Prefix, n.Suffix, n.IdentifierQualifier, n.Identifier);
        }

        if (party.AdditionalName is not null)
        {
            w.WriteSegment("N2", party.AdditionalName);
        }

        References(w, party.References);
        Address(w, party.Address);
        Contacts(w, party.Contacts);
        Rejections(w, rejections);
        if (party.Taxonomy is { } prv)
        {
            w.WriteSegment("PRV", prv.ProviderCode, prv.Qualifier, prv.Taxonomy);
        }

        Demographics(w, party.Demographics);

        if (member is not null)
        {
            if (member.InsuredIndicator is not null || member.RelationshipCode is not null)
            {
                w.WriteSegment("INS", member.InsuredIndicator, member.RelationshipCode, member.MaintenanceTypeCode, member.MaintenanceReasonCode,
                    null, null, null, null, null, null, null, null, null, null, null, null, member.BirthSequence);
            }

            HealthCareCodes(w, member.HealthCareCodes);
        }

        Dates(w, party.Dates);
        if (member is not null)
        {
            Raw(w, member.Other);
        }
    }

    /// <summary>A repeating element; without a declared repetition separator only the first value can be sent.</summary>
    private static void Repeated(X12Writer w, List<string> values)
    {
        w.WriteElement(values.Count > 0 ? values[0] : null);
        for (int i = 1; i < values.Count && w.Delimiters.HasRepetition; i++)
        {
            w.WriteRepetition(values[i]);
        }
    }

    private static void WriteBenefit(X12Writer w, EligibilityBenefit eb)
    {
        w.BeginSegment("EB"u8);
        w.WriteElement(eb.InformationCode);
        w.WriteElement(eb.CoverageLevel);
        Repeated(w, eb.ServiceTypes);
        w.WriteElement(eb.InsuranceType);
        w.WriteElement(eb.PlanDescription);
        w.WriteElement(eb.TimePeriod);
        w.WriteDecimal(eb.Amount);
        w.WriteDecimal(eb.Percent);
        w.WriteElement(eb.QuantityQualifier);
        w.WriteDecimal(eb.Quantity);
        w.WriteElement(eb.AuthorizationRequired);
        w.WriteElement(eb.InPlanNetwork);
        Procedure(w, eb.Procedure);
        if (eb.DiagnosisPointers.Count > 0)
        {
            w.WriteElement(eb.DiagnosisPointers[0]);
            for (int i = 1; i < eb.DiagnosisPointers.Count; i++)
            {
                w.WriteComponent(eb.DiagnosisPointers[i]);
            }
        }

        w.EndSegment();
        Raw(w, eb.Other);
        References(w, eb.References);
        Dates(w, eb.Dates);
        Rejections(w, eb.Rejections);
        Messages(w, eb.Messages);
        if (eb.RelatedEntities.Count > 0)
        {
            // X279A1 2120C/D: the related-entity loops are bracketed by LS*2120 and LE*2120.
            w.WriteSegment("LS", "2120");
            foreach (X12Party entity in eb.RelatedEntities)
            {
                Party(w, entity);
            }

            w.WriteSegment("LE", "2120");
        }
    }
}
