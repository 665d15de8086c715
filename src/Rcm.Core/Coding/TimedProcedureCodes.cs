using System.Collections.Frozen;

namespace Rcm.Core.Coding;

/// <summary>
/// Procedure codes billed in 15-minute units. ABA adaptive behavior codes 97151–97158 and 0362T/0373T (CPT 2019 ABA
/// code set: "each 15 minutes"), timed physical medicine codes (CMS Pub. 100-04 ch. 5 §20.2 list of timed codes), and
/// HCPCS behavioral health codes described "per 15 minutes" (H0004, H2014, H2017, H2019, T1016).
/// </summary>
public static class TimedProcedureCodes
{
    public const int MinutesPerUnit = 15;

    private static readonly FrozenSet<string> Codes = new[]
    {
        "97151", "97152", "97153", "97154", "97155", "97156", "97157", "97158", "0362T", "0373T",
        "97032", "97033", "97034", "97035", "97036", "97110", "97112", "97113", "97116", "97124", "97140",
        "97530", "97533", "97535", "97537", "97542", "97750", "97755", "97760", "97761", "97763",
        "H0004", "H2014", "H2017", "H2019", "T1016",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsTimed(string code) => Codes.Contains(code);
}
