namespace Rcm.Core.Claims;

/// <summary>
/// A supporting document sent with or for a claim (the 837's PWK segment).
/// </summary>
/// <param name="ReportTypeCode">What the document is, e.g. 09 progress report, EB explanation of benefits, OZ support data (X12 element 755).</param>
/// <param name="TransmissionCode">How it travels: EL electronically only, BM by mail, FX by fax, FT file transfer, AA available on request.</param>
/// <param name="ControlNumber">The attachment control number that ties the paper or electronic document to the claim.</param>
public sealed record ClaimAttachment(string ReportTypeCode, string TransmissionCode, string? ControlNumber);
