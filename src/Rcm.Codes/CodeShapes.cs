using System.Text.RegularExpressions;

namespace Rcm.Codes;

/// <summary>
/// Which sets a code could belong to, judged by its shape alone, most likely first. Several sets share
/// shapes (CARC "A1", modifier "A1", status category "A1"), so callers try the candidates in order and
/// report the first that holds the code.
/// </summary>
public static partial class CodeShapes
{
    public static IReadOnlyList<string> CandidateSets(string code)
    {
        string c = code.Trim().ToUpperInvariant();
        if (c.Contains('/') || c.Contains(','))
        {
            return [CodeSetIds.NcciPtp, CodeSetIds.NcciAddOn];
        }
        if (c.Contains('.'))
        {
            return [CodeSetIds.Icd10Cm];
        }
        return c switch
        {
            _ when Taxonomy().IsMatch(c) => [CodeSetIds.Taxonomy],
            _ when Hcpcs().IsMatch(c) => [CodeSetIds.Hcpcs, CodeSetIds.Icd10Cm, CodeSetIds.MuePractitioner],
            _ when Cpt().IsMatch(c) => [CodeSetIds.MuePractitioner, CodeSetIds.MueOutpatient, CodeSetIds.NcciAddOn],
            // Short ICD shapes collide with RARC (N130 = N13.0) and CARC (B13): ICD first, the others after.
            _ when Icd10().IsMatch(c) && Rarc().IsMatch(c) => [CodeSetIds.Icd10Cm, CodeSetIds.Rarc],
            _ when Icd10().IsMatch(c) && LetterDigits().IsMatch(c) => [CodeSetIds.Icd10Cm, CodeSetIds.Carc, CodeSetIds.Modifier, CodeSetIds.ClaimStatusCategory],
            _ when Icd10().IsMatch(c) => [CodeSetIds.Icd10Cm],
            _ when Rarc().IsMatch(c) => [CodeSetIds.Rarc, CodeSetIds.Carc, CodeSetIds.Modifier],
            _ when TwoDigits().IsMatch(c) => [CodeSetIds.PlaceOfService, CodeSetIds.Modifier, CodeSetIds.Carc, CodeSetIds.ServiceType, CodeSetIds.EntityIdentifier, CodeSetIds.ClaimStatus],
            _ when Digits().IsMatch(c) => [CodeSetIds.Carc, CodeSetIds.ClaimStatus, CodeSetIds.ServiceType, CodeSetIds.EntityIdentifier],
            _ when TwoLetters().IsMatch(c) => [CodeSetIds.Modifier, CodeSetIds.AdjustmentGroup, CodeSetIds.EntityIdentifier, CodeSetIds.ServiceType, CodeSetIds.Carc],
            _ when LetterDigits().IsMatch(c) => [CodeSetIds.Carc, CodeSetIds.Modifier, CodeSetIds.ClaimStatusCategory, CodeSetIds.ServiceType, CodeSetIds.EntityIdentifier],
            _ => [],
        };
    }

    // NUCC taxonomy: 9 alphanumerics then X (e.g. 207Q00000X).
    [GeneratedRegex("^[0-9]{3}[0-9A-Z]{6}X$")]
    private static partial Regex Taxonomy();

    // HCPCS Level II: a letter A-V then four digits.
    [GeneratedRegex("^[A-V][0-9]{4}$")]
    private static partial Regex Hcpcs();

    // CPT categories I-III and PLA: four digits then a digit or F/T/U/M.
    [GeneratedRegex("^[0-9]{4}[0-9FTUM]$")]
    private static partial Regex Cpt();

    // ICD-10-CM without the dot: letter, digit, then 1-5 alphanumerics.
    [GeneratedRegex("^[A-Z][0-9][0-9A-Z]{1,5}$")]
    private static partial Regex Icd10();

    [GeneratedRegex("^(M|N|MA)[0-9]{1,3}$")]
    private static partial Regex Rarc();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex("^[0-9]{1,3}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex TwoLetters();

    [GeneratedRegex("^[A-Z][0-9A-Z]{1,2}$")]
    private static partial Regex LetterDigits();
}
