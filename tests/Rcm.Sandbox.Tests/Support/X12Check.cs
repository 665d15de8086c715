using System.Text;
using Rcm.Sandbox.Edi;
using Rcm.X12.Validation;

namespace Rcm.Sandbox.Tests.Support;

/// <summary>Checks on X12 the sandbox emits: the shared implementation-guide validator, and 835 balancing.</summary>
public static class X12Check
{
    /// <summary>Fails with every error the validator reports (code, segment, position, message).</summary>
    public static EdiDocument Valid(byte[] x12, string what)
    {
        X12ValidationReport report = X12Validator.Validate(x12);
        var errors = report.Issues.Where(i => i.Severity == X12Severity.Error).ToList();
        Assert.True(
            errors.Count == 0,
            $"{what} failed validation:\n{string.Join('\n', errors.Take(20).Select(e => $"{e.Code} seg {e.SegmentOrdinal} {e.SegmentId}{(e.ElementPosition is { } p ? $"{p:00}" : string.Empty)} loop {e.LoopId}: {e.Message} [{e.Value}]"))}\n---\n{Encoding.UTF8.GetString(x12)}");
        Assert.NotEmpty(report.Transactions);
        return EdiDocument.Parse(x12);
    }

    /// <summary>
    /// An 835 balances: per line SVC02 − SVC03 = line CAS; per claim CLP03 − CLP04 = claim and line CAS; per
    /// transaction BPR02 = Σ CLP04 − Σ PLB.
    /// </summary>
    public static void Balanced835(EdiDocument doc)
    {
        foreach (EdiTransaction t in doc.Transactions().Where(t => t.SetId == "835"))
        {
            List<EdiSegment> body = [.. t.Body];
            decimal bpr = EdiFormat.ParseAmount(body.First(s => s.Is("BPR"))[2]);
            decimal sumPaid = 0, plb = 0;
            decimal claimCharge = 0, claimPaid = 0, claimCas = 0;
            decimal lineCharge = 0, linePaid = 0, lineCas = 0;
            bool inLine = false, inClaim = false;
            void CloseLine()
            {
                if (inLine)
                {
                    Assert.True(lineCharge - linePaid == lineCas, $"Line does not balance: {lineCharge} - {linePaid} != {lineCas}");
                }

                inLine = false;
                lineCas = 0;
            }

            void CloseClaim()
            {
                CloseLine();
                if (inClaim)
                {
                    Assert.True(claimCharge - claimPaid == claimCas, $"Claim does not balance: {claimCharge} - {claimPaid} != {claimCas}");
                }

                inClaim = false;
                claimCas = 0;
            }

            foreach (EdiSegment s in body)
            {
                switch (s.Id)
                {
                    case "CLP":
                        CloseClaim();
                        inClaim = true;
                        claimCharge = EdiFormat.ParseAmount(s[3]);
                        claimPaid = EdiFormat.ParseAmount(s[4]);
                        sumPaid += claimPaid;
                        break;
                    case "SVC":
                        CloseLine();
                        inLine = true;
                        lineCharge = EdiFormat.ParseAmount(s[2]);
                        linePaid = EdiFormat.ParseAmount(s[3]);
                        break;
                    case "CAS":
                        decimal cas = 0;
                        for (int i = 3; i <= 18; i += 3)
                        {
                            cas += EdiFormat.ParseAmount(s[i]);
                        }

                        claimCas += cas;
                        if (inLine)
                        {
                            lineCas += cas;
                        }

                        break;
                    case "PLB":
                        CloseClaim();
                        for (int i = 4; i <= 14; i += 2)
                        {
                            plb += EdiFormat.ParseAmount(s[i]);
                        }

                        break;
                }
            }

            CloseClaim();
            Assert.True(bpr == sumPaid - plb, $"BPR02 {bpr} != sum CLP04 {sumPaid} - PLB {plb}");
        }
    }

    /// <summary>The CLP segment for a provider claim id, and the segments of that claim up to the next CLP.</summary>
    public static IReadOnlyList<EdiSegment> Claim(EdiDocument doc, string claimId, int occurrence = 1)
    {
        var segments = doc.Segments.ToList();
        int seen = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            if (segments[i].Is("CLP") && segments[i][1] == claimId && ++seen == occurrence)
            {
                int end = segments.FindIndex(i + 1, s => s.Is("CLP") || s.Is("SE") || s.Is("PLB"));
                return segments.GetRange(i, end - i);
            }
        }

        return [];
    }

    /// <summary>"CO-27", "PR-1" ... for every CAS reason in <paramref name="claim"/>.</summary>
    public static IReadOnlyList<string> Adjustments(IReadOnlyList<EdiSegment> claim) =>
        [.. claim.Where(s => s.Is("CAS")).SelectMany(s => Enumerable.Range(0, 6).Select(k => s[2 + (3 * k)]).Where(r => r.Length > 0).Select(r => $"{s[1]}-{r}"))];

    public static IReadOnlyList<string> Remarks(IReadOnlyList<EdiSegment> claim) =>
        [.. claim.Where(s => s.Is("LQ")).Select(s => s[2]).Concat(claim.Where(s => s.Is("MOA")).SelectMany(s => Enumerable.Range(3, 5).Select(i => s[i]).Where(v => v.Length > 0)))];
}
