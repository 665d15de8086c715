using System.Collections.Frozen;
using Rcm.Core.Claims;

namespace Rcm.Core.Validation.Rules;

/// <summary>
/// The NCCI-associated modifiers that may bypass a PTP edit whose modifier indicator is 1 (NCCI Policy Manual for Medicare
/// Services, chapter I, section E): anatomic (E1–E4, FA, F1–F9, TA, T1–T9, LT, RT, LC, LD, LM, RC, RI), global surgery
/// (24, 25, 57, 58, 78, 79), and 27, 59, 91, XE, XP, XS, XU.
/// </summary>
public static class NcciModifiers
{
    private static readonly FrozenSet<string> Associated = new[]
    {
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI",
        "24", "25", "27", "57", "58", "59", "78", "79", "91", "XE", "XP", "XS", "XU",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAssociated(string modifier) => Associated.Contains(modifier);

    public static bool HasAssociated(ServiceLine line)
    {
        var modifiers = line.Modifiers;
        for (int i = 0; i < modifiers.Count; i++)
        {
            if (Associated.Contains(modifiers[i]))
            {
                return true;
            }
        }

        return false;
    }
}
