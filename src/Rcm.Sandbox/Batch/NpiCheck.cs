namespace Rcm.Sandbox.Batch;

/// <summary>
/// The NPI check digit: Luhn over the ten digits with the 80840 prefix (CMS NPI standard, "Check Digit" annex), the
/// first thing a clearinghouse front end verifies.
/// </summary>
public static class NpiCheck
{
    public static bool IsValid(string npi)
    {
        if (npi.Length != 10 || !npi.All(char.IsAsciiDigit))
        {
            return false;
        }

        // 80840 prefix contributes a constant 24 to the Luhn sum.
        int sum = 24;
        for (int i = 0; i < 9; i++)
        {
            int d = npi[8 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        int check = (10 - (sum % 10)) % 10;
        return check == npi[9] - '0';
    }
}
