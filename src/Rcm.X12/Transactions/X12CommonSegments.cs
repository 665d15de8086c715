using Rcm.X12.Reading;

namespace Rcm.X12.Transactions;

/// <summary>
/// Reads the segments every transaction family shares (NM1, N1, N3, N4, REF, PER, DTP, DTM, AMT, QTY, CAS, TRN,
/// AAA, DMG, PRV, NTE, MSG, HI, composite procedures) into the common typed records.
/// </summary>
internal static class X12CommonSegments
{
    public static X12Name Name(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        EntityIdentifier = d.Required(ref r, 1),
        EntityType = d.Element(ref r, 2),
        LastOrOrganizationName = d.Element(ref r, 3),
        FirstName = d.Element(ref r, 4),
        MiddleName = d.Element(ref r, 5),
        Prefix = d.Element(ref r, 6),
        Suffix = d.Element(ref r, 7),
        IdentifierQualifier = d.Element(ref r, 8),
        Identifier = d.Element(ref r, 9),
    };

    /// <summary>835 N1: N101 entity, N102 name, N103 qualifier, N104 id.</summary>
    public static X12Name NameFromN1(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        EntityIdentifier = d.Required(ref r, 1),
        LastOrOrganizationName = d.Element(ref r, 2),
        IdentifierQualifier = d.Element(ref r, 3),
        Identifier = d.Element(ref r, 4),
    };

    /// <summary>
    /// Takes the segments that belong to a name loop (N2, N3, N4, REF, PER, DMG, PRV, DTP) into <paramref name="party"/>;
    /// false for any other segment.
    /// </summary>
    public static bool TryAddToParty(X12FieldDecoder d, ref X12SegmentReader r, X12Party party)
    {
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("REF"u8))
        {
            party.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("N3"u8))
        {
            X12Address address = party.Address ??= new X12Address();
            address.Line1 = d.Element(ref r, 1);
            address.Line2 = d.Element(ref r, 2);
        }
        else if (id.SequenceEqual("N4"u8))
        {
            X12Address address = party.Address ??= new X12Address();
            address.City = d.Element(ref r, 1);
            address.State = d.Element(ref r, 2);
            address.PostalCode = d.Element(ref r, 3);
            address.Country = d.Element(ref r, 4);
            address.CountrySubdivision = d.Element(ref r, 7);
        }
        else if (id.SequenceEqual("PER"u8))
        {
            party.Contacts.Add(Contact(d, ref r));
        }
        else if (id.SequenceEqual("DMG"u8))
        {
            party.Demographics = Demographics(d, ref r);
        }
        else if (id.SequenceEqual("PRV"u8))
        {
            party.Taxonomy = new X12ProviderTaxonomy(d.Required(ref r, 1), d.Element(ref r, 2), d.Element(ref r, 3));
        }
        else if (id.SequenceEqual("DTP"u8))
        {
            party.Dates.Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("N2"u8))
        {
            party.AdditionalName = d.Element(ref r, 1);
        }
        else
        {
            return false;
        }

        return true;
    }

    public static X12Reference Reference(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        Qualifier = d.Required(ref r, 1),
        Value = d.Element(ref r, 2),
        Description = d.Element(ref r, 3),
    };

    public static X12Contact Contact(X12FieldDecoder d, ref X12SegmentReader r)
    {
        var contact = new X12Contact { Function = d.Required(ref r, 1), Name = d.Element(ref r, 2) };
        for (int position = 3; position <= 7; position += 2)
        {
            string? qualifier = d.Element(ref r, position);
            string? number = d.Element(ref r, position + 1);
            if (qualifier is not null || number is not null)
            {
                contact.Communications.Add(new X12Communication(qualifier ?? string.Empty, number ?? string.Empty));
            }
        }

        return contact;
    }

    public static X12Demographics Demographics(X12FieldDecoder d, ref X12SegmentReader r)
    {
        ReadOnlySpan<byte> birth = r.Element(2);
        DateOnly? date = X12FieldDecoder.Date(birth);
        return new X12Demographics
        {
            BirthDate = date,
            BirthDateText = date is null ? d.Text(birth) : null,
            Gender = d.Element(ref r, 3),
        };
    }

    /// <summary>DTP: qualifier, format, value; D8 and RD8 decoded, anything else kept as text.</summary>
    public static X12DateValue Date(X12FieldDecoder d, ref X12SegmentReader r)
    {
        var date = new X12DateValue { Qualifier = d.Required(ref r, 1), Format = d.Element(ref r, 2) };
        ReadOnlySpan<byte> value = r.Element(3);
        ReadOnlySpan<byte> format = r.Element(2);
        if (format.SequenceEqual("D8"u8) && X12FieldDecoder.Date(value) is DateOnly single)
        {
            date.Date = single;
        }
        else if (format.SequenceEqual("RD8"u8) && value.Length == 17 && value[8] == (byte)'-'
            && X12FieldDecoder.Date(value[..8]) is DateOnly start && X12FieldDecoder.Date(value[9..]) is DateOnly end)
        {
            date.Date = start;
            date.EndDate = end;
        }
        else
        {
            date.Text = d.Text(value);
        }

        return date;
    }

    /// <summary>835 DTM: qualifier, CCYYMMDD date, optional time.</summary>
    public static X12DateValue DateTimeReference(X12FieldDecoder d, ref X12SegmentReader r)
    {
        ReadOnlySpan<byte> value = r.Element(2);
        DateOnly? date = X12FieldDecoder.Date(value);
        return new X12DateValue
        {
            Qualifier = d.Required(ref r, 1),
            Date = date,
            Text = date is null ? d.Text(value) : null,
            Time = d.Element(ref r, 3),
        };
    }

    public static X12Amount Amount(X12FieldDecoder d, ref X12SegmentReader r) =>
        new(d.Required(ref r, 1), X12FieldDecoder.Decimal(r.Element(2)) ?? 0m);

    public static X12Quantity Quantity(X12FieldDecoder d, ref X12SegmentReader r) =>
        new(d.Required(ref r, 1), X12FieldDecoder.Decimal(r.Element(2)) ?? 0m);

    /// <summary>CAS: one adjustment per reason/amount/quantity triplet (CAS02–CAS19).</summary>
    public static void Adjustments(X12FieldDecoder d, ref X12SegmentReader r, List<X12Adjustment> into)
    {
        string group = d.Required(ref r, 1);
        for (int position = 2; position <= 17 && position <= r.ElementCount; position += 3)
        {
            string? reason = d.Element(ref r, position);
            ReadOnlySpan<byte> amount = r.Element(position + 1);
            if (reason is null && amount.IsEmpty)
            {
                continue;
            }

            into.Add(new X12Adjustment
            {
                GroupCode = group,
                ReasonCode = reason ?? string.Empty,
                Amount = X12FieldDecoder.Decimal(amount) ?? 0m,
                Quantity = X12FieldDecoder.Decimal(r.Element(position + 2)),
            });
        }
    }

    public static X12TraceNumber Trace(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        TraceType = d.Required(ref r, 1),
        ReferenceId = d.Required(ref r, 2),
        OriginatorId = d.Element(ref r, 3),
        SupplementalId = d.Element(ref r, 4),
    };

    public static X12Rejection Rejection(X12FieldDecoder d, ref X12SegmentReader r) => new()
    {
        ValidRequest = d.Element(ref r, 1),
        RejectReason = d.Element(ref r, 3),
        FollowUpAction = d.Element(ref r, 4),
    };

    public static X12Note Note(X12FieldDecoder d, ref X12SegmentReader r) =>
        new(d.Element(ref r, 1), d.Required(ref r, 2));

    public static X12Note Message(X12FieldDecoder d, ref X12SegmentReader r) =>
        new(null, d.Required(ref r, 1));

    /// <summary>HI: every composite (HI01–HI12) in order.</summary>
    public static void HealthCareCodes(X12FieldDecoder d, ref X12SegmentReader r, List<X12HealthCareCode> into)
    {
        byte separator = r.Delimiters.Component;
        for (int position = 1; position <= r.ElementCount; position++)
        {
            ReadOnlySpan<byte> element = r.Element(position);
            if (element.IsEmpty)
            {
                continue;
            }

            var code = new X12HealthCareCode();
            int index = 0;
            foreach (Range range in element.Split(separator))
            {
                ReadOnlySpan<byte> part = element[range];
                switch (++index)
                {
                    case 1: code.Qualifier = d.Text(part) ?? string.Empty; break;
                    case 2: code.Code = d.Text(part) ?? string.Empty; break;
                    case 3: code.DateFormat = d.Text(part); break;
                    case 4: code.DateValue = d.Text(part); break;
                    case 5: code.Amount = X12FieldDecoder.Decimal(part); break;
                    case 6: code.Quantity = X12FieldDecoder.Decimal(part); break;
                    case 9: code.PresentOnAdmission = d.Text(part); break;
                }
            }

            into.Add(code);
        }
    }

    /// <summary>A C003 composite procedure: qualifier, code, up to four modifiers, description.</summary>
    public static X12Procedure? Procedure(X12FieldDecoder d, ReadOnlySpan<byte> element, byte separator)
    {
        if (element.IsEmpty)
        {
            return null;
        }

        var procedure = new X12Procedure();
        int index = 0;
        int lastModifier = -1;
        foreach (Range range in element.Split(separator))
        {
            ReadOnlySpan<byte> part = element[range];
            switch (++index)
            {
                case 1: procedure.Qualifier = d.Text(part) ?? string.Empty; break;
                case 2: procedure.Code = d.Text(part) ?? string.Empty; break;
                case >= 3 and <= 6:
                    procedure.Modifiers.Add(d.Text(part) ?? string.Empty);
                    if (!part.IsEmpty)
                    {
                        lastModifier = procedure.Modifiers.Count - 1;
                    }

                    break;
                case 7: procedure.Description = d.Text(part); break;
            }
        }

        // Empty modifier positions before a description are placeholders, not modifiers.
        procedure.Modifiers.RemoveRange(lastModifier + 1, procedure.Modifiers.Count - lastModifier - 1);
        return procedure;
    }
}
