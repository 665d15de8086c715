using Rcm.X12.Writing;

namespace Rcm.X12.Transactions;

/// <summary>Writes the common typed records back as segments (the reverse of <see cref="X12CommonSegments"/>).</summary>
internal static class X12CommonSegmentWriter
{
    /// <summary>NM1 and the rest of its name loop, in the order the 5010 guides list them.</summary>
    public static void Party(X12Writer w, X12Party? party)
    {
        if (party is null || IsAbsent(party))
        {
            return;
        }

        X12Name n = party.Name;
        w.WriteSegment("NM1", n.EntityIdentifier, n.EntityType, n.LastOrOrganizationName, n.FirstName, n.MiddleName, n.Prefix, n.Suffix, n.IdentifierQualifier, n.Identifier);
        PartyDetails(w, party);
    }

    /// <summary>
    /// True for a required name loop the file did not carry (the model's placeholder): nothing is written for it,
    /// so a file without, say, a 2010BB payer is not given an empty NM1.
    /// </summary>
    public static bool IsAbsent(X12Party party) =>
        party.Name.EntityIdentifier.Length == 0 && party.Address is null && party.References.Count == 0
        && party.Contacts.Count == 0 && party.Demographics is null && party.Taxonomy is null && party.Dates.Count == 0
        && party.AdditionalName is null;

    /// <summary>835 N1 loop: N1, N2, N3, N4, REF, PER.</summary>
    public static void PartyN1(X12Writer w, X12Party? party)
    {
        if (party is null || IsAbsent(party))
        {
            return;
        }

        X12Name n = party.Name;
        w.WriteSegment("N1", n.EntityIdentifier, n.LastOrOrganizationName, n.IdentifierQualifier, n.Identifier);
        PartyDetails(w, party);
    }

    public static void PartyDetails(X12Writer w, X12Party party)
    {
        if (party.AdditionalName is not null)
        {
            w.WriteSegment("N2", party.AdditionalName);
        }

        Address(w, party.Address);
        Demographics(w, party.Demographics);
        if (party.Taxonomy is { } prv)
        {
            w.WriteSegment("PRV", prv.ProviderCode, prv.Qualifier, prv.Taxonomy);
        }

        // X222A1 2330B: NM1 N3 N4 DTP REF; 2010BA: NM1 N3 N4 DMG REF PER; X221A1 1000A: N1 N3 N4 REF PER.
        Dates(w, party.Dates);
        References(w, party.References);
        Contacts(w, party.Contacts);
    }

    /// <summary>DMG: D8 birth date (or the text sent when it was not a date) and gender.</summary>
    public static void Demographics(X12Writer w, X12Demographics? dmg)
    {
        if (dmg is null)
        {
            return;
        }

        w.BeginSegment("DMG"u8);
        w.WriteElement(dmg.BirthDate is null && dmg.BirthDateText is null ? null : "D8");
        if (dmg.BirthDate is DateOnly birth)
        {
            w.WriteDate(birth);
        }
        else
        {
            w.WriteElement(dmg.BirthDateText);
        }

        w.WriteElement(dmg.Gender);
        w.EndSegment();
    }

    public static void Address(X12Writer w, X12Address? a)
    {
        if (a is null)
        {
            return;
        }

        if (a.Line1 is not null || a.Line2 is not null)
        {
            w.WriteSegment("N3", a.Line1, a.Line2);
        }

        if (a.City is not null || a.State is not null || a.PostalCode is not null || a.Country is not null)
        {
            w.WriteSegment("N4", a.City, a.State, a.PostalCode, a.Country, null, null, a.CountrySubdivision);
        }
    }

    public static void References(X12Writer w, List<X12Reference> references)
    {
        foreach (X12Reference r in references)
        {
            w.WriteSegment("REF", r.Qualifier, r.Value, r.Description);
        }
    }

    public static void Contacts(X12Writer w, List<X12Contact> contacts)
    {
        foreach (X12Contact c in contacts)
        {
            w.BeginSegment("PER"u8);
            w.WriteElement(c.Function);
            w.WriteElement(c.Name);
            foreach (X12Communication number in c.Communications.Take(3))
            {
                w.WriteElement(number.Qualifier);
                w.WriteElement(number.Number);
            }

            w.EndSegment();
        }
    }

    /// <summary>DTP segments (or DTM when <see cref="X12DateValue.Format"/> is null).</summary>
    public static void Dates(X12Writer w, List<X12DateValue> dates)
    {
        foreach (X12DateValue date in dates)
        {
            Date(w, date);
        }
    }

    public static void Date(X12Writer w, X12DateValue date)
    {
        if (date.Format is null)
        {
            w.BeginSegment("DTM"u8);
            w.WriteElement(date.Qualifier);
            if (date.Text is not null)
            {
                w.WriteElement(date.Text);
            }
            else
            {
                w.WriteDate(date.Date);
            }

            w.WriteElement(date.Time);
            w.EndSegment();
            return;
        }

        w.BeginSegment("DTP"u8);
        w.WriteElement(date.Qualifier);
        w.WriteElement(date.Format);
        if (date.Text is not null)
        {
            w.WriteElement(date.Text);
        }
        else if (date.EndDate is DateOnly end && date.Date is DateOnly start)
        {
            w.WriteDateRange(start, end);
        }
        else
        {
            w.WriteDate(date.Date);
        }

        w.EndSegment();
    }

    public static void Amounts(X12Writer w, List<X12Amount> amounts)
    {
        foreach (X12Amount a in amounts)
        {
            w.BeginSegment("AMT"u8);
            w.WriteElement(a.Qualifier);
            w.WriteDecimal(a.Amount);
            w.EndSegment();
        }
    }

    public static void Quantities(X12Writer w, List<X12Quantity> quantities)
    {
        foreach (X12Quantity q in quantities)
        {
            w.BeginSegment("QTY"u8);
            w.WriteElement(q.Qualifier);
            w.WriteDecimal(q.Quantity);
            w.EndSegment();
        }
    }

    /// <summary>CAS: consecutive adjustments of one group packed into segments of up to six triplets.</summary>
    public static void Adjustments(X12Writer w, List<X12Adjustment> adjustments)
    {
        int i = 0;
        while (i < adjustments.Count)
        {
            string group = adjustments[i].GroupCode;
            w.BeginSegment("CAS"u8);
            w.WriteElement(group);
            int inSegment = 0;
            while (i < adjustments.Count && inSegment < 6 && adjustments[i].GroupCode == group)
            {
                X12Adjustment a = adjustments[i];
                w.WriteElement(a.ReasonCode);
                w.WriteDecimal(a.Amount);
                w.WriteDecimal(a.Quantity);
                inSegment++;
                i++;
            }

            w.EndSegment();
        }
    }

    public static void Trace(X12Writer w, X12TraceNumber t) =>
        w.WriteSegment("TRN", t.TraceType, t.ReferenceId, t.OriginatorId, t.SupplementalId);

    public static void Traces(X12Writer w, List<X12TraceNumber> traces)
    {
        foreach (X12TraceNumber t in traces)
        {
            Trace(w, t);
        }
    }

    public static void Rejections(X12Writer w, List<X12Rejection> rejections)
    {
        foreach (X12Rejection a in rejections)
        {
            w.WriteSegment("AAA", a.ValidRequest, null, a.RejectReason, a.FollowUpAction);
        }
    }

    public static void Notes(X12Writer w, List<X12Note> notes)
    {
        foreach (X12Note n in notes)
        {
            w.WriteSegment("NTE", n.ReferenceCode, n.Text);
        }
    }

    public static void Messages(X12Writer w, List<X12Note> messages)
    {
        foreach (X12Note n in messages)
        {
            w.WriteSegment("MSG", n.Text);
        }
    }

    /// <summary>
    /// HI: codes packed twelve to a segment, starting a new segment when the kind of code changes (principal,
    /// other, admitting… diagnoses; procedures; occurrence, value and condition codes each have their own HI in
    /// the 837 guides).
    /// </summary>
    public static void HealthCareCodes(X12Writer w, List<X12HealthCareCode> codes, bool principalAlone = false)
    {
        int i = 0;
        while (i < codes.Count)
        {
            string family = HealthCareCodeFamily(codes[i].Qualifier, principalAlone);
            w.BeginSegment("HI"u8);
            int inSegment = 0;
            do
            {
                HealthCareCode(w, codes[i]);
                inSegment++;
                i++;
            }
            while (i < codes.Count && inSegment < 12 && HealthCareCodeFamily(codes[i].Qualifier, principalAlone) == family
                && !IsSingleCodeSegment(codes[i].Qualifier));

            w.EndSegment();
        }
    }

    private static void HealthCareCode(X12Writer w, X12HealthCareCode c)
    {
        w.WriteElement(c.Qualifier);
        w.WriteComponent(c.Code);
        w.WriteComponent(c.DateFormat);
        w.WriteComponent(c.DateValue);
        w.WriteDecimalComponent(c.Amount);
        w.WriteDecimalComponent(c.Quantity);
        w.WriteComponent((string?)null);
        w.WriteComponent((string?)null);
        w.WriteComponent(c.PresentOnAdmission);
    }

    // X222A1 2300 HI: HI01 is the principal diagnosis (ABK) and HI02–HI12 other diagnoses (ABF) in the same segment.
    // X223A2 2300: the principal diagnosis, admitting diagnosis and principal procedure each have an HI of their own,
    // and other codes of one kind follow twelve to a segment.
    private static string HealthCareCodeFamily(string qualifier, bool principalAlone) => qualifier switch
    {
        "ABK" or "BK" when principalAlone => "principal",
        "ABK" or "BK" or "ABF" or "BF" => "diagnosis",
        "ABJ" or "BJ" => "admitting",
        "APR" or "PR" => "reason",
        "ABN" or "BN" => "external-cause",
        "BBR" or "BR" or "CAH" => "principal-procedure",
        "BBQ" or "BQ" => "procedure",
        _ => qualifier,
    };

    private static bool IsSingleCodeSegment(string qualifier) =>
        qualifier is "ABK" or "BK" or "BBR" or "BR" or "CAH" or "ABJ" or "BJ";

    /// <summary>A C003 composite procedure as the next element.</summary>
    public static void Procedure(X12Writer w, X12Procedure? p)
    {
        if (p is null)
        {
            w.WriteEmptyElement();
            return;
        }

        w.WriteElement(p.Qualifier);
        w.WriteComponent(p.Code);
        for (int i = 0; i < 4; i++)
        {
            w.WriteComponent(i < p.Modifiers.Count ? p.Modifiers[i] : null);
        }

        w.WriteComponent(p.Description);
    }

    /// <summary>Kept segments, written back as they came (with this writer's delimiters).</summary>
    public static void Raw(X12Writer w, List<X12RawSegment> segments)
    {
        foreach (X12RawSegment s in segments)
        {
            Raw(w, s);
        }
    }

    /// <summary>One kept segment.</summary>
    public static void Raw(X12Writer w, X12RawSegment? s)
    {
        if (s is null)
        {
            return;
        }

        w.BeginSegment(s.Id);
        foreach (List<string> element in s.Elements)
        {
            w.WriteElement(element.Count > 0 ? element[0] : null);
            for (int c = 1; c < element.Count; c++)
            {
                w.WriteComponent(element[c]);
            }
        }

        w.EndSegment();
    }
}
