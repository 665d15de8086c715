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

    /// <summary>
    /// CAS: one segment per group code (in the order the groups first appear) with up to six triplets each, more
    /// triplets of a group continuing in another CAS (X221A1/X222A1: a group code is used once per loop when it fits).
    /// </summary>
    public static void Adjustments(X12Writer w, List<X12Adjustment> adjustments)
    {
        for (int first = 0; first < adjustments.Count; first++)
        {
            string group = adjustments[first].GroupCode;
            if (AppearsBefore(adjustments, first, group))
            {
                continue;
            }

            int inSegment = 0;
            for (int i = first; i < adjustments.Count; i++)
            {
                X12Adjustment a = adjustments[i];
                if (a.GroupCode != group)
                {
                    continue;
                }

                if (inSegment == 6)
                {
                    w.EndSegment();
                    inSegment = 0;
                }

                if (inSegment == 0)
                {
                    w.BeginSegment("CAS"u8);
                    w.WriteElement(group);
                }

                w.WriteElement(a.ReasonCode);
                w.WriteDecimal(a.Amount);
                w.WriteDecimal(a.Quantity);
                inSegment++;
            }

            w.EndSegment();
        }
    }

    private static bool AppearsBefore(List<X12Adjustment> adjustments, int index, string group)
    {
        for (int i = 0; i < index; i++)
        {
            if (adjustments[i].GroupCode == group)
            {
                return true;
            }
        }

        return false;
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
        if (!principalAlone)
        {
            WriteHealthCareCodes(w, codes, codes.Count, static i => i, principalAlone);
            return;
        }

        // X223A2 2300 puts each kind of code in its own HI, in a fixed order (principal, admitting, reason for visit,
        // external cause, DRG, other diagnoses, procedures, occurrence spans, occurrences, values, conditions,
        // treatments): write the kinds in that order, the codes of one kind in the order given.
        bool inOrder = true;
        for (int i = 1; i < codes.Count && inOrder; i++)
        {
            inOrder = InstitutionalRank(codes[i - 1].Qualifier) <= InstitutionalRank(codes[i].Qualifier);
        }

        if (inOrder)
        {
            WriteHealthCareCodes(w, codes, codes.Count, static i => i, principalAlone);
            return;
        }

        int[] sorted = [.. Enumerable.Range(0, codes.Count)];
        Array.Sort(sorted, (a, b) =>
        {
            int rank = InstitutionalRank(codes[a].Qualifier).CompareTo(InstitutionalRank(codes[b].Qualifier));
            return rank != 0 ? rank : a.CompareTo(b);
        });
        WriteHealthCareCodes(w, codes, codes.Count, i => sorted[i], principalAlone);
    }

    private static void WriteHealthCareCodes(X12Writer w, List<X12HealthCareCode> codes, int count, Func<int, int> at, bool principalAlone)
    {
        int i = 0;
        while (i < count)
        {
            string family = HealthCareCodeFamily(codes[at(i)].Qualifier, principalAlone);
            w.BeginSegment("HI"u8);
            int inSegment = 0;
            do
            {
                HealthCareCode(w, codes[at(i)]);
                inSegment++;
                i++;
            }
            while (i < count && inSegment < 12 && HealthCareCodeFamily(codes[at(i)].Qualifier, principalAlone) == family
                && !IsSingleCodeSegment(codes[at(i)].Qualifier));

            w.EndSegment();
        }
    }

    private static int InstitutionalRank(string qualifier) => qualifier switch
    {
        "ABK" or "BK" => 0,
        "ABJ" or "BJ" => 1,
        "APR" or "PR" => 2,
        "ABN" or "BN" => 3,
        "DR" => 4,
        "ABF" or "BF" => 5,
        "BBR" or "BR" or "CAH" => 6,
        "BBQ" or "BQ" => 7,
        "BI" => 8,
        "BH" => 9,
        "BE" => 10,
        "BG" => 11,
        "TC" => 12,
        _ => 13,
    };

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

    /// <summary>The kept segments whose id is (or, with <paramref name="except"/>, is not) one of <paramref name="ids"/>.</summary>
    public static void Raw(X12Writer w, List<X12RawSegment> segments, string[] ids, bool except = false)
    {
        foreach (X12RawSegment s in segments)
        {
            if (Array.IndexOf(ids, s.Id) >= 0 != except)
            {
                Raw(w, s);
            }
        }
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
