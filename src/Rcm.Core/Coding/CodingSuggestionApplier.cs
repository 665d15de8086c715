using System.Globalization;
using Rcm.Core.Claims;

namespace Rcm.Core.Coding;

/// <summary>Applies accepted coding suggestions to a claim (the coder's choice; the claim builder accepts all of them).</summary>
public static class CodingSuggestionApplier
{
    public static void Apply(Claim claim, IEnumerable<CodingSuggestion> accepted)
    {
        foreach (var s in accepted)
        {
            var line = s.LineNumber is { } n ? claim.Lines.First(l => l.Number == n) : null;
            switch (s.Kind)
            {
                case SuggestionKind.Units when line is not null:
                    line.Units = decimal.Parse(s.Suggested, CultureInfo.InvariantCulture);
                    break;
                case SuggestionKind.AddModifier when line is not null && !line.HasModifier(s.Suggested) && line.Modifiers.Count < 4:
                    // Pricing modifiers lead; informational ones (95, GT, credential) follow (CMS-1500 instructions, item 24D).
                    line.Modifiers = s.Suggested == "25" ? [s.Suggested, .. line.Modifiers] : [.. line.Modifiers, s.Suggested];
                    break;
                case SuggestionKind.RemoveModifier when line is not null:
                    line.Modifiers = line.Modifiers.Where(m => m != s.Suggested).ToArray();
                    break;
                case SuggestionKind.PlaceOfService:
                    claim.PlaceOfService = s.Suggested;
                    break;
                case SuggestionKind.DiagnosisPointers when line is not null && s.Suggested.Length > 0:
                    line.DiagnosisPointers = s.Suggested.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                    break;
            }
        }
    }
}
