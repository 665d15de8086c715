namespace Rcm.X12.Transactions.Remittance;

/// <summary>LQ: health care remark code (LQ01 qualifier <c>HE</c> RARC or <c>RX</c> NCPDP; LQ02 code).</summary>
public sealed record RemittanceRemark(string Qualifier, string Code);
