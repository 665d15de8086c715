namespace Rcm.Core.Claims;

/// <summary>
/// A claim in business terms, whichever way it was made (built from a visit and its note, or read from an 837).
/// The X12 vocabulary stays in Rcm.X12; <c>Claims.X12.Claim837Mapper</c> is the one place that translates.
/// </summary>
public sealed class Claim
{
    /// <summary>The practice's claim identifier (patient control number, CLM01).</summary>
    public string ClaimId { get; set; } = "";

    public ClaimKind Kind { get; set; }

    /// <summary>The payer's identifier as the clearinghouse knows it (payer id).</summary>
    public string PayerId { get; set; } = "";

    public string PayerName { get; set; } = "";

    /// <summary>Claim frequency: 1 original, 7 replacement, 8 void (X12 code source 235).</summary>
    public string FrequencyCode { get; set; } = "1";

    /// <summary>The payer's claim number of the claim being replaced or voided (frequency 7 or 8).</summary>
    public string? OriginalClaimNumber { get; set; }

    /// <summary>Professional: place of service (CMS POS code, e.g. 11 office, 10 telehealth at home).</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>Institutional: the first two digits of the type of bill (facility type + bill classification, e.g. 13).</summary>
    public string? FacilityTypeCode { get; set; }

    public decimal TotalCharge { get; set; }

    public ClaimProvider BillingProvider { get; set; } = new();
    public ClaimProvider? RenderingProvider { get; set; }
    public ClaimProvider? ReferringProvider { get; set; }
    public ClaimProvider? AttendingProvider { get; set; }
    public ClaimProvider? ServiceFacility { get; set; }

    public ClaimPerson Subscriber { get; set; } = new();

    /// <summary>The patient when not the subscriber; null when the subscriber is the patient.</summary>
    public ClaimPerson? Patient { get; set; }

    /// <summary>Patient's relationship to the subscriber (X12 code source 1069: 18 self, 19 child, 01 spouse…).</summary>
    public string PatientRelationshipCode { get; set; } = "18";

    public List<Diagnosis> Diagnoses { get; set; } = [];
    public List<ServiceLine> Lines { get; set; } = [];

    public string? PriorAuthorization { get; set; }
    public string? ReferralNumber { get; set; }
    public List<ClaimAttachment> Attachments { get; set; } = [];

    /// <summary>Institutional statement period.</summary>
    public DateOnly? StatementFrom { get; set; }
    public DateOnly? StatementTo { get; set; }

    /// <summary>Whether the visit was a telehealth visit, and where the patient was; from the visit, not carried by the 837.</summary>
    public TelehealthSetting Telehealth { get; set; }

    /// <summary>The person who received the services.</summary>
    public ClaimPerson PatientPerson => Patient ?? Subscriber;

    /// <summary>The earliest line date (or statement start); null when the claim has neither.</summary>
    public DateOnly? FirstServiceDate
    {
        get
        {
            DateOnly? first = StatementFrom;
            foreach (var line in Lines)
            {
                if (line.ServiceDate != default && (first is null || line.ServiceDate < first))
                {
                    first = line.ServiceDate;
                }
            }

            return first;
        }
    }

    /// <summary>The rendering provider of a line: the line's own, else the claim's, else the billing provider.</summary>
    public ClaimProvider RenderingFor(ServiceLine line) => line.RenderingProvider ?? RenderingProvider ?? BillingProvider;

    /// <summary>The place of service of a line: the line's own, else the claim's.</summary>
    public string? PlaceOfServiceFor(ServiceLine line) => line.PlaceOfService ?? PlaceOfService;

    /// <summary>True when the claim or the line carries a prior-authorization number.</summary>
    public bool HasAuthorizationFor(ServiceLine line) =>
        !string.IsNullOrWhiteSpace(line.PriorAuthorization) || !string.IsNullOrWhiteSpace(PriorAuthorization);
}
