using System.Text.RegularExpressions;
using Rcm.Core.Shared;

namespace Rcm.Core.Eligibility.Import;

/// <summary>
/// Member id shapes known per plan type: Medicare's MBI (CMS MBI format specification: 11 characters, positions
/// 1 digit 1-9, 2/5/8/9 letters without S L O I B Z, 3/6 letter or digit, 4/7/10/11 digits; dashes allowed when
/// printed). Other plans: 2 to 20 letters, digits or dashes. Per-payer patterns can be added in <see cref="EligibilityOptions"/>.
/// </summary>
public static partial class MemberIdFormats
{
    [GeneratedRegex("^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}$")]
    private static partial Regex Mbi();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,19}$")]
    private static partial Regex General();

    /// <summary>Null when acceptable, else what is wrong.</summary>
    public static string? Check(string memberId, PlanType planType, string? payerPattern)
    {
        if (payerPattern is not null && !Regex.IsMatch(memberId, payerPattern, RegexOptions.None, TimeSpan.FromMilliseconds(50)))
            return "does not match this payer's member id format";
        if (planType == PlanType.Medicare && !Mbi().IsMatch(memberId.ToUpperInvariant()))
            return "is not a Medicare Beneficiary Identifier (11 characters, e.g. 1EG4-TE5-MK73)";
        return General().IsMatch(memberId) ? null : "must be 2-20 letters, digits or dashes";
    }
}
