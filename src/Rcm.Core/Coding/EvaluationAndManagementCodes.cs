namespace Rcm.Core.Coding;

/// <summary>Office/outpatient, preventive and consultation E/M codes, the ones modifier 25 attaches to.</summary>
public static class EvaluationAndManagementCodes
{
    public static bool IsEvaluationAndManagement(string code) =>
        code.Length == 5 && code.StartsWith("99", StringComparison.Ordinal)
        && int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
        && (n is >= 99202 and <= 99215 || n is >= 99241 and <= 99245 || n is >= 99381 and <= 99397);
}
