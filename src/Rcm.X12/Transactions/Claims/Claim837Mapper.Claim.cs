using Rcm.X12.Reading;
using static Rcm.X12.Transactions.X12CommonSegments;

namespace Rcm.X12.Transactions.Claims;

// Loop 2300 (claim information) and 2320 (other subscriber information).
internal sealed partial class Claim837Mapper
{
    private void StartClaim(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        byte separator = r.Delimiters.Component;
        ReadOnlySpan<byte> causes = r.Element(11);
        var claim = new ClaimInformation
        {
            PatientControlNumber = d.Required(ref r, 1),
            TotalCharge = X12FieldDecoder.Decimal(r.Element(2)) ?? 0m,
            FacilityCode = d.Component(ref r, 5, 1),
            FacilityCodeQualifier = d.Component(ref r, 5, 2),
            FrequencyCode = d.Component(ref r, 5, 3),
            ProviderSignature = d.Element(ref r, 6),
            AssignmentParticipation = d.Element(ref r, 7),
            BenefitsAssignment = d.Element(ref r, 8),
            ReleaseOfInformation = d.Element(ref r, 9),
            PatientSignatureSource = d.Element(ref r, 10),
            SpecialProgram = d.Element(ref r, 12),
            DelayReason = d.Element(ref r, 20),
        };
        if (!causes.IsEmpty)
        {
            List<string> parts = d.Components(causes, separator);
            for (int i = 0; i < parts.Count && i < 3; i++)
            {
                // CLM11-1..3 are three optional codes; CLM11-4 (the accident state) often follows empty places (AA:::NY).
                if (parts[i].Length > 0)
                {
                    claim.RelatedCauses.Add(parts[i]);
                }
            }

            claim.AccidentState = parts.Count > 3 && parts[3].Length > 0 ? parts[3] : null;
            claim.AccidentCountry = parts.Count > 4 && parts[4].Length > 0 ? parts[4] : null;
        }

        (_patient?.Claims ?? _subscriber!.Claims).Add(claim);
        _claim = claim;
        _line = null;
        _otherSubscriber = null;
        _scope = Scope.Claim;
    }

    private bool ClaimSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ClaimInformation claim = _claim!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("DTP"u8))
        {
            claim.Dates.Add(Date(d, ref r));
        }
        else if (id.SequenceEqual("HI"u8))
        {
            HealthCareCodes(d, ref r, claim.HealthCareCodes);
        }
        else if (id.SequenceEqual("REF"u8))
        {
            claim.References.Add(Reference(d, ref r));
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            claim.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("NTE"u8))
        {
            claim.Notes.Add(Note(d, ref r));
        }
        else if (id.SequenceEqual("PWK"u8))
        {
            claim.Attachments.Add(new ClaimAttachment
            {
                ReportType = d.Required(ref r, 1),
                TransmissionCode = d.Element(ref r, 2),
                IdentifierQualifier = d.Element(ref r, 5),
                ControlNumber = d.Element(ref r, 6),
            });
        }
        else if (id.SequenceEqual("CL1"u8))
        {
            claim.Institutional = new ClaimInstitutionalInformation
            {
                AdmissionType = d.Element(ref r, 1),
                AdmissionSource = d.Element(ref r, 2),
                PatientStatus = d.Element(ref r, 3),
            };
        }
        else
        {
            return false;
        }

        return true;
    }

    private bool OtherSubscriberSegment(ref X12SegmentReader r)
    {
        X12FieldDecoder d = Decoder;
        ClaimOtherSubscriber other = _otherSubscriber!;
        ReadOnlySpan<byte> id = r.SegmentId;
        if (id.SequenceEqual("CAS"u8))
        {
            Adjustments(d, ref r, other.Adjustments);
        }
        else if (id.SequenceEqual("AMT"u8))
        {
            other.Amounts.Add(Amount(d, ref r));
        }
        else if (id.SequenceEqual("OI"u8))
        {
            other.BenefitsAssignment = d.Element(ref r, 3);
            other.PatientSignatureSource = d.Element(ref r, 4);
            other.ReleaseOfInformation = d.Element(ref r, 6);
        }
        else if (id.SequenceEqual("MOA"u8))
        {
            other.OutpatientAdjudication = X12HeaderSegments.OutpatientAdjudication(d, ref r);
        }
        else
        {
            return false;
        }

        return true;
    }
}
