namespace Rcm.X12.Transactions.Claims;

/// <summary>PWK: claim supplemental information (an attachment sent separately or available on request).</summary>
public sealed record ClaimAttachment
{
    /// <summary>PWK01: report type, e.g. <c>OZ</c> support data, <c>03</c> report justifying treatment.</summary>
    public string ReportType { get; set; } = string.Empty;

    /// <summary>PWK02: transmission code, e.g. <c>BM</c> by mail, <c>EL</c> electronically, <c>FX</c> fax, <c>AA</c> available on request.</summary>
    public string? TransmissionCode { get; set; }

    /// <summary>PWK05: identification code qualifier (<c>AC</c> attachment control number).</summary>
    public string? IdentifierQualifier { get; set; }

    /// <summary>PWK06: attachment control number.</summary>
    public string? ControlNumber { get; set; }
}
