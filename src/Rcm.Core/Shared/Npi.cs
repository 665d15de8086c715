namespace Rcm.Core.Shared;

/// <summary>
/// A National Provider Identifier: ten digits, the last a Luhn check digit computed with the
/// card-issuer prefix 80840 (CMS, "Requirements for NPI and NPI Enumerator"; ISO/IEC 7812).
/// </summary>
public readonly record struct Npi
{
    private Npi(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>Parses a 10-digit NPI and verifies its check digit; the reason says what is wrong.</summary>
    public static bool TryParse(string? text, out Npi npi, out string? reason)
    {
        npi = default;
        if (string.IsNullOrWhiteSpace(text)) { reason = "NPI is required."; return false; }
        var s = text.Trim();
        if (s.Length != 10) { reason = "NPI must be exactly 10 digits."; return false; }
        foreach (var c in s)
        {
            if (c is < '0' or > '9') { reason = "NPI must contain digits only."; return false; }
        }
        if (ComputeCheckDigit(s.AsSpan(0, 9)) != s[9] - '0')
        {
            reason = "NPI check digit is wrong (Luhn with prefix 80840).";
            return false;
        }
        npi = new Npi(s);
        reason = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for data already validated.</summary>
    public static Npi Parse(string text) =>
        TryParse(text, out var npi, out var reason) ? npi : throw new FormatException(reason);

    /// <summary>
    /// Check digit over the nine base digits. Shortcut from the CMS rule: double every second digit
    /// starting with the rightmost base digit, sum, add 24 (the contribution of the prefix 80840).
    /// </summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> baseDigits)
    {
        if (baseDigits.Length != 9) throw new ArgumentException("Nine base digits expected.", nameof(baseDigits));
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var d = baseDigits[8 - i] - '0';
            if (d is < 0 or > 9) throw new ArgumentException("Digits only.", nameof(baseDigits));
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - (sum % 10)) % 10;
    }
}
