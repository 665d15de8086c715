namespace Rcm.Core.Shared;

/// <summary>A federal tax id (EIN or SSN used as TIN): nine digits, stored without the hyphen.</summary>
public static class TaxId
{
    /// <summary>Accepts <c>123456789</c> or <c>12-3456789</c>; returns the nine digits.</summary>
    public static bool TryNormalize(string? text, out string digits, out string? reason)
    {
        digits = string.Empty;
        if (string.IsNullOrWhiteSpace(text)) { reason = "TIN is required."; return false; }
        var s = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        if (s.Length != 9 || !s.All(char.IsAsciiDigit)) { reason = "TIN must be 9 digits (hyphen optional)."; return false; }
        digits = s;
        reason = null;
        return true;
    }
}
