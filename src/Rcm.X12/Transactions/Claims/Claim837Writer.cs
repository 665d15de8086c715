using Rcm.X12.Writing;
using static Rcm.X12.Transactions.X12CommonSegmentWriter;

namespace Rcm.X12.Transactions.Claims;

/// <summary>
/// Writes a <see cref="ClaimTransaction837"/> as an 837P/837I transaction set (ST…SE) in the segment order of the
/// 005010X222A1 / X223A2 guides, numbering the HL tree itself. Kept segments (<c>Other</c>) are written after the
/// named segments of their loop and before its child loops.
/// </summary>
public static class Claim837Writer
{
    private static readonly string[] BeforeAmounts = ["CN1"];
    private static readonly string[] BeforeNotes = ["K3"];
    private static readonly string[] AfterCodes = ["HCP"];
    private static readonly string[] PlacedElsewhere = ["CN1", "K3", "HCP"];
    private static readonly string[] LineBeforeDates = ["SV5", "PWK", "CR1", "CR3", "CRC"];
    private static readonly string[] LineAfterDates = ["QTY", "MEA", "CN1"];
    private static readonly string[] LineLast = ["LQ", "FRM"];
    private static readonly string[] LinePlacedElsewhere = ["SV5", "PWK", "CR1", "CR3", "CRC", "QTY", "MEA", "CN1", "K3", "LQ", "FRM"];

    public static void Write(X12Writer w, ClaimTransaction837 tx)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(tx);
        string reference = tx.ImplementationReference.Length > 0
            ? tx.ImplementationReference
            : tx.IsInstitutional ? "005010X223A2" : "005010X222A1";
        w.BeginTransaction("837", NullIfEmpty(tx.ControlNumber), reference);
        X12HeaderSegments.WriteBeginning(w, tx.Header);
        Party(w, tx.Submitter);
        Party(w, tx.Receiver);
        Raw(w, tx.Other);

        int hl = 0;
        foreach (ClaimBillingProvider billing in tx.BillingProviders)
        {
            int billingId = ++hl;
            WriteLevel(w, billingId, null, "20", billing.Subscribers.Count > 0);
            if (billing.Specialty is { } prv)
            {
                w.WriteSegment("PRV", prv.ProviderCode, prv.Qualifier, prv.Taxonomy);
            }

            if (billing.Currency is not null)
            {
                w.WriteSegment("CUR", "85", billing.Currency);
            }

            Raw(w, billing.Other);
            Party(w, billing.Provider);
            foreach (X12Party payTo in billing.PayTo)
            {
                Party(w, payTo);
            }

            foreach (ClaimSubscriber subscriber in billing.Subscribers)
            {
                int subscriberId = ++hl;
                WriteLevel(w, subscriberId, billingId, "22", subscriber.Patients.Count > 0);
                X12HeaderSegments.WriteSubscriber(w, subscriber.Information);
                if (subscriber.PatientInformation is { } pat)
                {
                    Raw(w, pat);
                }

                Raw(w, subscriber.Other);
                Party(w, subscriber.Subscriber);
                Party(w, subscriber.Payer);
                foreach (ClaimInformation claim in subscriber.Claims)
                {
                    WriteClaim(w, claim, tx.IsInstitutional);
                }

                foreach (ClaimPatient patient in subscriber.Patients)
                {
                    WriteLevel(w, ++hl, subscriberId, "23", false);
                    if (patient.PatientInformation is { } patientPat)
                    {
                        Raw(w, patientPat);
                    }
                    else
                    {
                        w.WriteSegment("PAT", patient.Relationship);
                    }

                    Raw(w, patient.Other);
                    Party(w, patient.Patient);
                    foreach (ClaimInformation claim in patient.Claims)
                    {
                        WriteClaim(w, claim, tx.IsInstitutional);
                    }
                }
            }
        }

        w.EndTransaction();
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    internal static void WriteLevel(X12Writer w, int id, int? parent, string level, bool hasChildren)
    {
        w.BeginSegment("HL"u8);
        w.WriteInteger(id);
        w.WriteInteger(parent);
        w.WriteElement(level);
        w.WriteElement(hasChildren ? "1" : "0");
        w.EndSegment();
    }

    private static void WriteClaim(X12Writer w, ClaimInformation c, bool institutional)
    {
        w.BeginSegment("CLM"u8);
        w.WriteElement(c.PatientControlNumber);
        w.WriteDecimal(c.TotalCharge);
        w.WriteEmptyElement();
        w.WriteEmptyElement();
        w.WriteElement(c.FacilityCode);
        w.WriteComponent(c.FacilityCodeQualifier);
        w.WriteComponent(c.FrequencyCode);
        w.WriteElement(c.ProviderSignature);
        w.WriteElement(c.AssignmentParticipation);
        w.WriteElement(c.BenefitsAssignment);
        w.WriteElement(c.ReleaseOfInformation);
        w.WriteElement(c.PatientSignatureSource);
        w.WriteElement(c.RelatedCauses.Count > 0 ? c.RelatedCauses[0] : null);
        for (int i = 1; i < 3; i++)
        {
            w.WriteComponent(i < c.RelatedCauses.Count ? c.RelatedCauses[i] : null);
        }

        w.WriteComponent(c.AccidentState);
        w.WriteComponent(c.AccidentCountry);
        w.WriteElement(c.SpecialProgram);
        for (int position = 13; position < 20; position++)
        {
            w.WriteEmptyElement();
        }

        w.WriteElement(c.DelayReason);
        w.EndSegment();

        Dates(w, c.Dates);
        if (c.Institutional is { } cl1)
        {
            w.WriteSegment("CL1", cl1.AdmissionType, cl1.AdmissionSource, cl1.PatientStatus);
        }

        foreach (ClaimAttachment pwk in c.Attachments)
        {
            w.WriteSegment("PWK", pwk.ReportType, pwk.TransmissionCode, null, null, pwk.IdentifierQualifier, pwk.ControlNumber);
        }

        // Kept segments go where X222A1/X223A2 place them in 2300: CN1 before AMT, K3 before NTE, HCP after HI, the
        // rest (CR1, CR2, CRC…) after NTE.
        Raw(w, c.Other, BeforeAmounts);
        Amounts(w, c.Amounts);
        References(w, c.References);
        Raw(w, c.Other, BeforeNotes);
        Notes(w, c.Notes);
        Raw(w, c.Other, PlacedElsewhere, except: true);
        HealthCareCodes(w, c.HealthCareCodes, principalAlone: institutional);
        Raw(w, c.Other, AfterCodes);
        foreach (X12Party provider in c.Providers)
        {
            Party(w, provider);
        }

        foreach (ClaimOtherSubscriber other in c.OtherSubscribers)
        {
            X12HeaderSegments.WriteSubscriber(w, other.Information);
            Adjustments(w, other.Adjustments);
            Amounts(w, other.Amounts);
            if (other.BenefitsAssignment is not null || other.ReleaseOfInformation is not null || other.PatientSignatureSource is not null)
            {
                w.WriteSegment("OI", null, null, other.BenefitsAssignment, other.PatientSignatureSource, null, other.ReleaseOfInformation);
            }

            X12HeaderSegments.WriteOutpatientAdjudication(w, other.OutpatientAdjudication);
            Raw(w, other.Other);
            Party(w, other.Subscriber);
            Party(w, other.Payer);
            foreach (X12Party provider in other.OtherPayerProviders)
            {
                Party(w, provider);
            }
        }

        foreach (ClaimServiceLine line in c.ServiceLines)
        {
            WriteLine(w, line, institutional);
        }
    }

    private static void WriteLine(X12Writer w, ClaimServiceLine line, bool institutional)
    {
        w.BeginSegment("LX"u8);
        w.WriteInteger(line.LineNumber);
        w.EndSegment();
        if (institutional)
        {
            w.BeginSegment("SV2"u8);
            w.WriteElement(line.RevenueCode);
            Procedure(w, line.Procedure);
            w.WriteDecimal(line.Charge);
            w.WriteElement(line.UnitBasis);
            w.WriteDecimal(line.Units);
            w.WriteEmptyElement();
            w.WriteDecimal(line.NonCoveredCharge);
            w.EndSegment();
        }
        else
        {
            w.BeginSegment("SV1"u8);
            Procedure(w, line.Procedure);
            w.WriteDecimal(line.Charge);
            w.WriteElement(line.UnitBasis);
            w.WriteDecimal(line.Units);
            w.WriteElement(line.PlaceOfService);
            w.WriteEmptyElement();
            for (int i = 0; i < line.DiagnosisPointers.Count && i < 4; i++)
            {
                if (i == 0)
                {
                    w.WriteInteger(line.DiagnosisPointers[i]);
                }
                else
                {
                    w.WriteDecimalComponent(line.DiagnosisPointers[i]);
                }
            }

            if (line.DiagnosisPointers.Count == 0)
            {
                w.WriteEmptyElement();
            }

            w.WriteEmptyElement();
            w.WriteElement(line.Emergency);
            w.WriteEmptyElement();
            w.WriteElement(line.Epsdt);
            w.WriteElement(line.FamilyPlanning);
            w.WriteEmptyElement();
            w.WriteEmptyElement();
            w.WriteElement(line.CopayStatus);
            w.EndSegment();
        }

        // Kept segments at their X222A1/X223A2 2400 places: SV5, PWK, CR1, CR3, CRC before DTP; QTY, MEA, CN1 after it;
        // K3 before NTE; PS1, HCP and anything else after NTE; LQ/FRM (loop 2440) last.
        Raw(w, line.Other, LineBeforeDates);
        Dates(w, line.Dates);
        Raw(w, line.Other, LineAfterDates);
        References(w, line.References);
        Amounts(w, line.Amounts);
        Raw(w, line.Other, BeforeNotes);
        Notes(w, line.Notes);
        Raw(w, line.Other, LinePlacedElsewhere, except: true);
        if (line.Drug is { } drug)
        {
            w.WriteSegment("LIN", null, drug.ProductIdQualifier, drug.ProductId);
            if (drug.Quantity is not null || drug.UnitOfMeasure is not null)
            {
                w.BeginSegment("CTP"u8);
                for (int i = 0; i < 3; i++)
                {
                    w.WriteEmptyElement();
                }

                w.WriteDecimal(drug.Quantity);
                w.WriteElement(drug.UnitOfMeasure);
                w.EndSegment();
            }

            References(w, drug.References);
        }

        foreach (X12Party provider in line.Providers)
        {
            Party(w, provider);
        }

        foreach (ClaimLineAdjudication svd in line.Adjudications)
        {
            w.BeginSegment("SVD"u8);
            w.WriteElement(svd.OtherPayerId);
            w.WriteDecimal(svd.PaidAmount);
            Procedure(w, svd.Procedure);
            w.WriteElement(svd.RevenueCode);
            w.WriteDecimal(svd.Units);
            w.WriteElement(svd.BundledLineNumber);
            w.EndSegment();
            Adjustments(w, svd.Adjustments);
            Dates(w, svd.Dates);
            Amounts(w, svd.Amounts);
        }

        // X222A1 2440 form identification (LQ, FRM) closes the service line.
        Raw(w, line.Other, LineLast);
    }
}
