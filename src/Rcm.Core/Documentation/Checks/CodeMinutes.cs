namespace Rcm.Core.Documentation.Checks;

/// <summary>The minutes a time-based code needs: at least <paramref name="Min"/>, and at most <paramref name="Max"/> when set.</summary>
/// <param name="Code">The service code (a CPT or HCPCS number; no descriptors).</param>
/// <param name="Min">Fewest minutes that support the code.</param>
/// <param name="Max">Most minutes before the next code applies; null when open-ended.</param>
public sealed record CodeMinutes(string Code, int Min, int? Max = null)
{
    public bool Admits(int minutes) => minutes >= Min && (Max is null || minutes <= Max);

    public string Describe() => Max is null ? $"at least {Min} minutes" : $"{Min}–{Max} minutes";
}
