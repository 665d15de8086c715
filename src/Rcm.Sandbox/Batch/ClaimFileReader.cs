using Rcm.Sandbox.Edi;

namespace Rcm.Sandbox.Batch;

/// <summary>
/// Reads the claims of one 837P (005010X222A1) or 837I (005010X223A2) transaction set by walking its loops in order:
/// 1000A submitter, 2000A/2010AA billing provider, 2000B/2010BA subscriber, 2010BB payer, 2000C/2010CA patient,
/// 2300 claim (CLM, REF, PWK, HI, 2320 other subscriber), 2400 lines (LX, SV1/SV2, DTP*472, REF*6R).
/// </summary>
public static class ClaimFileReader
{
    public static IReadOnlyList<SubmittedClaim> Read(EdiTransaction transaction)
    {
        bool institutional = transaction.Version.Contains("X223", StringComparison.Ordinal);
        var claims = new List<SubmittedClaim>();
        var party = new SubmittedClaim { ClaimId = string.Empty, Institutional = institutional, TransactionControl = transaction.ControlNumber };
        SubmittedClaim? claim = null;
        List<SubmittedLine> lines = [];
        SubmittedLine? line = null;
        string loop = "1000";
        DateOnly? claimDate = null;

        void CloseLine()
        {
            if (line is not null)
            {
                lines.Add(line.ServiceDate == default && claimDate is { } d ? line with { ServiceDate = d } : line);
                line = null;
            }
        }

        void CloseClaim()
        {
            CloseLine();
            if (claim is not null)
            {
                claims.Add(claim with { Lines = [.. lines] });
            }

            claim = null;
            lines = [];
            claimDate = null;
        }

        foreach (EdiSegment s in transaction.Body)
        {
            switch (s.Id)
            {
                case "NM1" when s[1] == "41":
                    party = party with { SubmitterId = s[9] };
                    break;
                case "HL":
                    CloseClaim();
                    loop = s[3] switch { "20" => "2000A", "22" => "2000B", "23" => "2000C", _ => loop };
                    if (s[3] == "22")
                    {
                        party = party with { PatientLastName = null, PatientFirstName = null, PatientBirthDate = null, HasOtherPayer = false };
                    }

                    break;
                case "NM1" when s[1] == "85":
                    party = party with { BillingProviderName = s[3], BillingNpi = s[9] };
                    break;
                case "NM1" when s[1] == "IL" && loop == "2000B":
                    party = party with { SubscriberLastName = s[3], SubscriberFirstName = s[4], MemberId = s[9] };
                    break;
                case "NM1" when s[1] == "PR" && loop == "2000B":
                    party = party with { PayerName = s[3], PayerId = s[9] };
                    break;
                case "NM1" when s[1] == "QC":
                    party = party with { PatientLastName = s[3], PatientFirstName = s[4] };
                    break;
                case "DMG" when loop == "2000B":
                    party = party with { SubscriberBirthDate = EdiFormat.ParseDate(s[2]) };
                    break;
                case "DMG" when loop == "2000C":
                    party = party with { PatientBirthDate = EdiFormat.ParseDate(s[2]) };
                    break;
                case "CLM":
                    CloseClaim();
                    loop = "2300";
                    claim = party with
                    {
                        ClaimId = s[1],
                        TotalCharge = EdiFormat.ParseAmount(s[2]),
                        FacilityCode = s.Component(5, 1),
                        Frequency = s.Component(5, 3) is { Length: > 0 } f ? f : "1",
                    };
                    break;
                case "DTP" when claim is not null && line is null && s[1] is "472" or "434":
                    claimDate = EdiFormat.ParseRange(s[3])?.From;
                    break;
                case "REF" when claim is not null && s[1] == "G1":
                    claim = claim with { PriorAuthorization = claim.PriorAuthorization ?? s[2] };
                    break;
                case "REF" when claim is not null && s[1] == "F8":
                    claim = claim with { OriginalReference = s[2] };
                    break;
                case "REF" when line is not null && s[1] == "6R":
                    line = line with { ControlNumber = s[2] };
                    break;
                case "PWK" when claim is not null:
                    claim = claim with { AttachmentTransmissions = [.. claim.AttachmentTransmissions, s[2]] };
                    break;
                case "HI" when claim is not null:
                    claim = claim with { Diagnoses = [.. claim.Diagnoses, .. Enumerable.Range(1, s.ElementCount).Select(i => s.Component(i, 2)).Where(c => c.Length > 0)] };
                    break;
                case "SBR" when claim is not null:
                    loop = "2320";
                    claim = claim with { HasOtherPayer = true };
                    break;
                case "AMT" when claim is not null && loop == "2320" && s[1] == "D":
                    claim = claim with { OtherPayerPaid = EdiFormat.ParseAmount(s[2]) };
                    break;
                case "LX" when claim is not null:
                    CloseLine();
                    loop = "2400";
                    line = new SubmittedLine { Number = int.TryParse(s[1], out int n) ? n : lines.Count + 1, Procedure = string.Empty };
                    break;
                case "SV1" when line is not null:
                    line = line with
                    {
                        Procedure = s.Component(1, 2),
                        Modifiers = [.. s.Components(1).Skip(2).Take(4).Where(m => m.Length > 0)],
                        Charge = EdiFormat.ParseAmount(s[2]),
                        Units = s[4].Length > 0 ? EdiFormat.ParseAmount(s[4]) : 1,
                    };
                    break;
                case "SV2" when line is not null:
                    line = line with
                    {
                        RevenueCode = s[1],
                        Procedure = s.Component(2, 2) is { Length: > 0 } p ? p : s[1],
                        Modifiers = [.. s.Components(2).Skip(2).Take(4).Where(m => m.Length > 0)],
                        Charge = EdiFormat.ParseAmount(s[3]),
                        Units = s[5].Length > 0 ? EdiFormat.ParseAmount(s[5]) : 1,
                    };
                    break;
                case "DTP" when line is not null && s[1] == "472":
                    line = line with { ServiceDate = EdiFormat.ParseRange(s[3])?.From ?? default };
                    break;
            }
        }

        CloseClaim();
        return claims;
    }
}
