using Rcm.X12.Transactions.Claims;
using Rcm.X12.Writing;
using static Rcm.X12.Transactions.X12CommonSegmentWriter;

namespace Rcm.X12.Transactions.ClaimStatus;

/// <summary>Writes a 276 or 277/277CA in 005010X212 (X214) segment order, numbering the HL tree itself.</summary>
public static class ClaimStatusWriter
{
    public static void Write(X12Writer w, ClaimStatusRequest276 request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Write(w, "276", request, request.Header, request.Levels);
    }

    public static void Write(X12Writer w, ClaimStatusResponse277 response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(w, "277", response, response.Header, response.Levels);
    }

    private static void Write(X12Writer w, string setId, X12Transaction tx, X12BeginningOfTransaction header, List<ClaimStatusLevel> roots)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.BeginTransaction(setId, Claim837Writer.NullIfEmpty(tx.ControlNumber), tx.ImplementationReference.Length > 0 ? tx.ImplementationReference : "005010X212");
        X12HeaderSegments.WriteBeginning(w, header);
        Raw(w, tx.Other);
        int hl = 0;
        foreach (ClaimStatusLevel level in roots)
        {
            WriteLevel(w, level, null, ref hl);
        }

        w.EndTransaction();
    }

    private static void WriteLevel(X12Writer w, ClaimStatusLevel level, int? parent, ref int hl)
    {
        int id = ++hl;
        if (level.LevelCode is "23" or "PT" && level.Children.Count == 0)
        {
            // X212 2000E / X214 2000D: the dependent (patient) level is always the last; HL04 is not used there.
            w.WriteSegment("HL", id.ToString(System.Globalization.CultureInfo.InvariantCulture), parent?.ToString(System.Globalization.CultureInfo.InvariantCulture), level.LevelCode);
        }
        else
        {
            Claim837Writer.WriteLevel(w, id, parent, level.LevelCode, level.Children.Count > 0);
        }
        Demographics(w, level.Demographics);

        Party(w, level.Party);
        Traces(w, level.TraceNumbers);
        foreach (ClaimStatusInformation stc in level.Statuses)
        {
            WriteStatus(w, stc);
        }

        References(w, level.References);
        Quantities(w, level.Quantities);
        Amounts(w, level.Amounts);
        Dates(w, level.Dates);
        Raw(w, level.Other);
        foreach (ClaimStatusClaim claim in level.Claims)
        {
            if (claim.Trace is { } trace)
            {
                Trace(w, trace);
            }

            foreach (ClaimStatusInformation stc in claim.Statuses)
            {
                WriteStatus(w, stc);
            }

            References(w, claim.References);
            Amounts(w, claim.Amounts);
            Dates(w, claim.Dates);
            Raw(w, claim.Other);
            foreach (ClaimStatusServiceLine line in claim.ServiceLines)
            {
                w.BeginSegment("SVC"u8);
                Procedure(w, line.Procedure);
                w.WriteDecimal(line.Charge);
                w.WriteDecimal(line.PaidAmount);
                w.WriteElement(line.RevenueCode);
                w.WriteEmptyElement();
                w.WriteEmptyElement();
                w.WriteDecimal(line.Units);
                w.EndSegment();
                foreach (ClaimStatusInformation stc in line.Statuses)
                {
                    WriteStatus(w, stc);
                }

                References(w, line.References);
                Dates(w, line.Dates);
                Raw(w, line.Other);
            }
        }

        foreach (ClaimStatusLevel child in level.Children)
        {
            WriteLevel(w, child, id, ref hl);
        }
    }

    private static void WriteStatus(X12Writer w, ClaimStatusInformation s)
    {
        w.BeginSegment("STC"u8);
        WriteCode(w, s.Codes.Count > 0 ? s.Codes[0] : null);
        w.WriteDate(s.EffectiveDate);
        w.WriteElement(s.ActionCode);
        w.WriteDecimal(s.ChargeAmount);
        w.WriteDecimal(s.PaymentAmount);
        w.WriteDate(s.AdjudicationDate);
        w.WriteElement(s.PaymentMethod);
        w.WriteDate(s.CheckDate);
        w.WriteElement(s.CheckNumber);
        WriteCode(w, s.Codes.Count > 1 ? s.Codes[1] : null);
        WriteCode(w, s.Codes.Count > 2 ? s.Codes[2] : null);
        w.WriteElement(s.Message);
        w.EndSegment();
    }

    private static void WriteCode(X12Writer w, ClaimStatusCode? code)
    {
        if (code is null)
        {
            w.WriteEmptyElement();
            return;
        }

        w.WriteElement(code.Category);
        w.WriteComponent(code.Status);
        w.WriteComponent(code.Entity);
        w.WriteComponent(code.CodeListQualifier);
    }
}
