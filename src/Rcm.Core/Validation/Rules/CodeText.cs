namespace Rcm.Core.Validation.Rules;

/// <summary>Character checks on codes. A plain loop: the generic span range helpers box in unoptimised builds, and rules must not allocate.</summary>
internal static class CodeText
{
    public static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
