using System.Collections.Frozen;

namespace Rcm.Core.Claims.Building;

/// <summary>
/// The practice's charge per unit for each code, optionally per modifier (a key like <c>97153-HN</c> prices a 97153 line
/// carrying HN; otherwise the plain code's price applies).
/// </summary>
public sealed class FeeSchedule
{
    private readonly FrozenDictionary<string, decimal> _perUnit;

    public FeeSchedule(IReadOnlyDictionary<string, decimal> perUnit) =>
        _perUnit = perUnit.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The charge for one unit, or null when the code has no price (the claim then fails LIN001 at the gate).</summary>
    public decimal? PerUnit(string code, IReadOnlyList<string> modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (_perUnit.TryGetValue($"{code}-{modifier}", out var priced))
            {
                return priced;
            }
        }

        return _perUnit.TryGetValue(code, out var price) ? price : null;
    }
}
