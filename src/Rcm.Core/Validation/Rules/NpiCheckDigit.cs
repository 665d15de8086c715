namespace Rcm.Core.Validation.Rules;

/// <summary>
/// The NPI check digit: Luhn (ISO/IEC 7812) over the prefix 80840 and the ten digits, as CMS's "Requirements for NPI and NPI
/// Enumerator" specify. The prefix contributes the constant 24 to the sum.
/// </summary>
public static class NpiCheckDigit
{
    public static bool IsValid(ReadOnlySpan<char> npi)
    {
        if (npi.Length != 10)
        {
            return false;
        }

        int sum = 24;
        for (int i = 0; i < 10; i++)
        {
            int digit = npi[9 - i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if ((i & 1) == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>The check digit for nine base digits (used by test-data builders and the demo practice).</summary>
    public static char Compute(ReadOnlySpan<char> baseDigits)
    {
        if (baseDigits.Length != 9)
        {
            throw new ArgumentException("An NPI has nine base digits.", nameof(baseDigits));
        }

        int sum = 24;
        for (int i = 0; i < 9; i++)
        {
            int digit = baseDigits[8 - i] - '0';
            if ((uint)digit > 9)
            {
                throw new ArgumentException("An NPI has only digits.", nameof(baseDigits));
            }

            if ((i & 1) == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
