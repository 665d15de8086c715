namespace Rcm.Core.Claims;

/// <summary>One billed service: a procedure (CPT/HCPCS) with up to four modifiers, units, charge and diagnosis pointers.</summary>
public sealed class ServiceLine
{
    /// <summary>1-based position of the line on the claim (LX01).</summary>
    public int Number { get; set; }

    /// <summary>CPT or HCPCS Level II code, e.g. 97153 or H2019.</summary>
    public string ProcedureCode { get; set; } = "";

    /// <summary>Up to four two-character modifiers in billing order.</summary>
    public IReadOnlyList<string> Modifiers { get; set; } = [];

    public decimal Charge { get; set; }

    /// <summary>Units of service (or minutes for anesthesia, see <see cref="UnitsAreMinutes"/>).</summary>
    public decimal Units { get; set; }

    /// <summary>True when <see cref="Units"/> counts minutes (837P SV103 = MJ, anesthesia).</summary>
    public bool UnitsAreMinutes { get; set; }

    public DateOnly ServiceDate { get; set; }

    /// <summary>Last date of a date range (for a span of services), when different from <see cref="ServiceDate"/>.</summary>
    public DateOnly? ServiceDateEnd { get; set; }

    /// <summary>Line-level place of service; null means the claim's place of service applies.</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>1-based indexes into the claim's diagnoses, most relevant first (at most four on 837P).</summary>
    public IReadOnlyList<int> DiagnosisPointers { get; set; } = [];

    /// <summary>Institutional revenue code (4 digits, e.g. 0420); null on professional claims.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>Line-level rendering provider when different from the claim's.</summary>
    public ClaimProvider? RenderingProvider { get; set; }

    /// <summary>Line-level prior-authorization number when different from the claim's.</summary>
    public string? PriorAuthorization { get; set; }

    /// <summary>Line-level attachments (837P 2400 PWK).</summary>
    public IReadOnlyList<ClaimAttachment> Attachments { get; set; } = [];

    /// <summary>National Drug Code for drug lines, 11 digits.</summary>
    public string? Ndc { get; set; }

    /// <summary>Minutes of face-to-face time documented for this service; from the note, not carried by the 837.</summary>
    public int? Minutes { get; set; }

    public bool HasModifier(string modifier)
    {
        var modifiers = Modifiers;
        for (int i = 0; i < modifiers.Count; i++)
        {
            if (string.Equals(modifiers[i], modifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
