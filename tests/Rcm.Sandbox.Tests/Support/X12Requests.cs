using System.Buffers;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>
/// Builds the X12 a provider system sends to the sandbox (270, 276, 278, 837P, 837I) with Rcm.X12's writer, so
/// tests speak the same wire format as OpenRCM will.
/// </summary>
public static class X12Requests
{
    public const string ProviderNpi = "1234567893";
    private static int _control = 100;

    private static byte[] Envelope(string functional, string version, string receiver, Action<X12Writer> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new X12Writer(buffer, new X12WriterOptions { LineBreak = "\n", ControlNumbers = new SequentialControlNumberSource(Interlocked.Add(ref _control, 10)) }))
        {
            w.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "CLINIC01", ReceiverQualifier = "ZZ", ReceiverId = receiver, UsageIndicator = "T" });
            w.BeginGroup(new X12GroupHeader { FunctionalIdentifier = functional, SenderCode = "CLINIC01", ReceiverCode = receiver, Version = version });
            body(w);
            w.EndGroup();
            w.EndInterchange();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string D(DateOnly d) => d.ToString("yyyyMMdd");

    public static byte[] Eligibility(string payerId, string memberId, string last, string first, DateOnly? birth, DateOnly? date = null,
        (string Last, string First, DateOnly Birth)? dependent = null, string trace = "TRACE0001") =>
        Envelope("HS", "005010X279A1", payerId, w =>
        {
            w.BeginTransaction("270", "0001", "005010X279A1");
            w.WriteSegment("BHT", "0022", "13", "REQ" + trace, "20260302", "1000");
            w.WriteSegment("HL", "1", null, "20", "1");
            w.WriteSegment("NM1", "PR", "2", "PAYER", null, null, null, null, "PI", payerId);
            w.WriteSegment("HL", "2", "1", "21", "1");
            w.WriteSegment("NM1", "1P", "2", "DEMO CLINIC", null, null, null, null, "XX", ProviderNpi);
            w.WriteSegment("HL", "3", "2", "22", dependent is null ? "0" : "1");
            if (dependent is null)
            {
                w.WriteSegment("TRN", "1", trace, "9CLINIC001");
            }

            w.WriteSegment("NM1", "IL", "1", last, first, null, null, null, "MI", memberId);
            if (birth is { } b)
            {
                w.WriteSegment("DMG", "D8", D(b));
            }

            if (dependent is { } dep)
            {
                w.WriteSegment("HL", "4", "3", "23", "0");
                w.WriteSegment("TRN", "1", trace, "9CLINIC001");
                w.WriteSegment("NM1", "03", "1", dep.Last, dep.First);
                w.WriteSegment("DMG", "D8", D(dep.Birth));
            }

            if (date is { } d)
            {
                w.WriteSegment("DTP", "291", "D8", D(d));
            }

            w.WriteSegment("EQ", "30");
            w.EndTransaction();
        });

    public static byte[] ClaimStatus(string payerId, string memberId, string last, string first, string? icn, string? claimId, decimal charge, DateOnly from, DateOnly to) =>
        Envelope("HR", "005010X212", payerId, w =>
        {
            w.BeginTransaction("276", "0001", "005010X212");
            w.WriteSegment("BHT", "0010", "13", "STATUS1", "20260302", "1000");
            w.WriteSegment("HL", "1", null, "20", "1");
            w.WriteSegment("NM1", "PR", "2", "PAYER", null, null, null, null, "PI", payerId);
            w.WriteSegment("HL", "2", "1", "21", "1");
            w.WriteSegment("NM1", "41", "2", "DEMO CLINIC", null, null, null, null, "46", "CLINIC01");
            w.WriteSegment("HL", "3", "2", "19", "1");
            w.WriteSegment("NM1", "1P", "2", "DEMO CLINIC", null, null, null, null, "XX", ProviderNpi);
            w.WriteSegment("HL", "4", "3", "22", "0");
            w.WriteSegment("DMG", "D8", "19800101");
            w.WriteSegment("NM1", "IL", "1", last, first, null, null, null, "MI", memberId);
            w.WriteSegment("TRN", "1", "ST" + (claimId ?? "X"));
            if (icn is not null)
            {
                w.WriteSegment("REF", "1K", icn);
            }

            if (claimId is not null)
            {
                w.WriteSegment("REF", "EJ", claimId);
            }

            w.WriteSegment("AMT", "T3", charge.ToString("0.##"));
            w.WriteSegment("DTP", "472", "RD8", $"{D(from)}-{D(to)}");
            w.EndTransaction();
        });

    public static byte[] Authorization(string payerId, string memberId, string last, string first, DateOnly birth, string procedure, DateOnly from, DateOnly to) =>
        Envelope("HI", "005010X217", payerId, w =>
        {
            w.BeginTransaction("278", "0001", "005010X217");
            w.WriteSegment("BHT", "0007", "13", "AUTHREQ1", "20260302", "1000");
            w.WriteSegment("HL", "1", null, "20", "1");
            w.WriteSegment("NM1", "X3", "2", "PAYER", null, null, null, null, "PI", payerId);
            w.WriteSegment("HL", "2", "1", "21", "1");
            w.WriteSegment("NM1", "1P", "2", "DEMO CLINIC", null, null, null, null, "XX", ProviderNpi);
            w.WriteSegment("HL", "3", "2", "22", "1");
            w.WriteSegment("NM1", "IL", "1", last, first, null, null, null, "MI", memberId);
            w.WriteSegment("DMG", "D8", D(birth));
            w.WriteSegment("HL", "4", "3", "EV", "1");
            w.WriteSegment("TRN", "1", "AUTHTRACE1", "9CLINIC001");
            w.WriteSegment("UM", "HS", "I", "2", "11:B");
            w.WriteSegment("DTP", "AAH", "RD8", $"{D(from)}-{D(to)}");
            w.WriteSegment("HI", "ABK:M545");
            w.WriteSegment("HL", "5", "4", "SS", "0");
            w.WriteSegment("SV1", "HC:" + procedure, "0", "UN", "1");
            w.EndTransaction();
        });

    /// <summary>An 837P (or 837I with <paramref name="institutional"/>) holding <paramref name="claims"/>.</summary>
    public static byte[] Claims(IReadOnlyList<ClaimSpec> claims, bool institutional = false) =>
        Envelope("HC", institutional ? "005010X223A2" : "005010X222A1", "SBXCH", w =>
        {
            string version = institutional ? "005010X223A2" : "005010X222A1";
            w.BeginTransaction("837", "0001", version);
            void S(string id, params string?[] e) => w.WriteSegment(id, e);

            S("BHT", "0019", "00", "BATCH" + claims[0].ClaimId, "20260302", "1000", "CH");
            S("NM1", "41", "2", "DEMO CLINIC", null, null, null, null, "46", "CLINIC01");
            S("PER", "IC", "BILLING OFFICE", "TE", "5555550100");
            S("NM1", "40", "2", "SANDBOX CLEARINGHOUSE", null, null, null, null, "46", "SBXCH");
            S("HL", "1", null, "20", "1");
            S("NM1", "85", "2", "DEMO CLINIC", null, null, null, null, "XX", claims[0].BillingNpi);
            S("N3", "1 MAIN ST");
            S("N4", "SPRINGFIELD", "IL", "627010001");
            S("REF", "EI", "123456789");
            int hl = 1;
            foreach (ClaimSpec c in claims)
            {
                int subscriberHl = ++hl;
                bool dependent = c.Subscriber is not null;
                S("HL", subscriberHl.ToString(), "1", "22", dependent ? "1" : "0");
                S("SBR", c.OtherPayerPaid is null ? "P" : "S", dependent ? null : "18", null, null, null, null, null, null, "CI");
                var sub = c.Subscriber ?? (c.LastName, c.FirstName, c.BirthDate);
                S("NM1", "IL", "1", sub.Last, sub.First, null, null, null, "MI", c.MemberId);
                S("N3", "2 ELM ST");
                S("N4", "SPRINGFIELD", "IL", "627010001");
                S("DMG", "D8", D(sub.Birth), "F");
                S("NM1", "PR", "2", "PAYER " + c.PayerId, null, null, null, null, "PI", c.PayerId);
                if (dependent)
                {
                    S("HL", (++hl).ToString(), subscriberHl.ToString(), "23", "0");
                    S("PAT", "19");
                    S("NM1", "QC", "1", c.LastName, c.FirstName);
                    S("N3", "2 ELM ST");
                    S("N4", "SPRINGFIELD", "IL", "627010001");
                    S("DMG", "D8", D(c.BirthDate), "M");
                }

                decimal total = c.Lines.Sum(l => l.Charge);
                string facility = institutional ? "13:A:" + c.Frequency : "11:B:" + c.Frequency;
                S("CLM", c.ClaimId, total.ToString("0.##"), null, null, facility, institutional ? null : "Y", "A", "Y", "Y");
                if (institutional)
                {
                    S("DTP", "434", "RD8", $"{D(c.Lines.Min(l => l.Date))}-{D(c.Lines.Max(l => l.Date))}");
                    S("CL1", "1", "1", "01");
                }

                if (c.OriginalReference is not null)
                {
                    S("REF", "F8", c.OriginalReference);
                }

                if (c.PriorAuthorization is not null)
                {
                    S("REF", "G1", c.PriorAuthorization);
                }

                S("HI", (institutional ? "ABK:" : "ABK:") + c.Diagnosis);
                if (c.OtherPayerPaid is { } paid)
                {
                    S("SBR", "P", "18", null, null, null, null, null, null, "CI");
                    S("AMT", "D", paid.ToString("0.##"));
                    S("OI", null, null, "Y", null, null, "Y");
                    S("NM1", "IL", "1", sub.Last, sub.First, null, null, null, "MI", "OTHER" + c.MemberId);
                    S("NM1", "PR", "2", "PRIMARY PAYER", null, null, null, null, "PI", "GRT77");
                }

                int n = 0;
                foreach (LineSpec l in c.Lines)
                {
                    S("LX", (++n).ToString());
                    string proc = string.Join(':', new[] { "HC", l.Procedure }.Concat(l.Modifiers));
                    if (institutional)
                    {
                        S("SV2", l.RevenueCode ?? "0510", proc, l.Charge.ToString("0.##"), "UN", l.Units.ToString("0.##"));
                    }
                    else
                    {
                        S("SV1", proc, l.Charge.ToString("0.##"), "UN", l.Units.ToString("0.##"), null, null, "1");
                    }

                    S("DTP", "472", "D8", D(l.Date));
                    S("REF", "6R", $"{c.ClaimId}L{n}");
                }
            }

            w.EndTransaction();
        });
}
