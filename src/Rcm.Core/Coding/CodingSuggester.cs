using Rcm.Core.Claims;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Coding;

/// <summary>
/// Coding support: from the claim, the note and the payer's profile, suggests units for timed services, credential and
/// telehealth modifiers, the telehealth place of service, modifier 25, and diagnosis pointers, each with its reason.
/// Payer differences come from the payer rule file's profile, never from code here.
/// </summary>
public sealed class CodingSuggester
{
    private readonly PayerRuleBook _payers;

    public CodingSuggester(PayerRuleBook payers) => _payers = payers;

    public IReadOnlyList<CodingSuggestion> Suggest(Claim claim, CodingNote note)
    {
        var profile = _payers.ProfileFor(claim.PayerId, claim.FirstServiceDate ?? DateOnly.MinValue);
        var suggestions = new List<CodingSuggestion>();
        SuggestUnits(claim, profile, suggestions);
        SuggestCredentialModifiers(claim, profile, suggestions);
        SuggestTelehealth(claim, profile, suggestions);
        SuggestModifier25(claim, note, suggestions);
        SuggestDiagnosisPointers(claim, suggestions);
        return suggestions;
    }

    private static void SuggestUnits(Claim claim, PayerProfile profile, List<CodingSuggestion> suggestions)
    {
        foreach (var day in claim.Lines.Where(l => l.Minutes is not null && TimedProcedureCodes.IsTimed(l.ProcedureCode)).GroupBy(l => l.ServiceDate))
        {
            var lines = day.ToArray();
            var units = TimeUnitCalculator.UnitsForDay(lines.Select(l => l.Minutes!.Value).ToArray(), profile.TimeUnitRule);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Units != units[i])
                {
                    string rule = profile.TimeUnitRule switch
                    {
                        TimeUnitRule.Cms8Minute => lines.Length > 1
                            ? $"the 8-minute rule over the day's {lines.Sum(l => l.Minutes)} timed minutes"
                            : "the 8-minute rule (a unit from 8 minutes, then every 15)",
                        TimeUnitRule.Midpoint => "the midpoint rule (a unit once 8 of its 15 minutes have passed)",
                        _ => "whole 15-minute units only",
                    };
                    suggestions.Add(new CodingSuggestion(SuggestionKind.Units, lines[i].Number, $"lines[{lines[i].Number}].units",
                        lines[i].Units.ToString(System.Globalization.CultureInfo.InvariantCulture), units[i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"{lines[i].Minutes} minutes of {lines[i].ProcedureCode} give {units[i]} unit(s) under {rule}, as {profile.RuleSet} counts time."));
                }
            }
        }
    }

    private static void SuggestCredentialModifiers(Claim claim, PayerProfile profile, List<CodingSuggestion> suggestions)
    {
        if (profile.CredentialModifiers.Count == 0)
        {
            return;
        }

        foreach (var line in claim.Lines)
        {
            var rendering = claim.RenderingFor(line);
            if (rendering.Credential is { } credential && profile.CredentialModifiers.TryGetValue(credential, out var modifier)
                && !line.HasModifier(modifier))
            {
                suggestions.Add(new CodingSuggestion(SuggestionKind.AddModifier, line.Number, $"lines[{line.Number}].modifiers",
                    string.Join(' ', line.Modifiers), modifier,
                    $"{profile.RuleSet} identifies services rendered by a {credential} with modifier {modifier}."));
            }
        }
    }

    private static void SuggestTelehealth(Claim claim, PayerProfile profile, List<CodingSuggestion> suggestions)
    {
        if (claim.Telehealth == TelehealthSetting.None)
        {
            return;
        }

        var policy = profile.Telehealth;
        string pos = claim.Telehealth == TelehealthSetting.PatientHome ? policy.HomePlaceOfService : policy.OtherPlaceOfService;
        string where = claim.Telehealth == TelehealthSetting.PatientHome ? "at home" : "outside their home";
        if (claim.Kind == ClaimKind.Professional && claim.PlaceOfService != pos)
        {
            suggestions.Add(new CodingSuggestion(SuggestionKind.PlaceOfService, null, "placeOfService", claim.PlaceOfService ?? "", pos,
                $"Telehealth visit with the patient {where}: {profile.RuleSet} wants place of service {pos}."));
        }

        if (policy.Modifier is not { } modifier)
        {
            return;
        }

        string other = modifier == "95" ? "GT" : "95";
        foreach (var line in claim.Lines)
        {
            if (line.HasModifier(other))
            {
                suggestions.Add(new CodingSuggestion(SuggestionKind.RemoveModifier, line.Number, $"lines[{line.Number}].modifiers",
                    string.Join(' ', line.Modifiers), other, $"{profile.RuleSet} marks telehealth with {modifier}, not {other}."));
            }

            if (!line.HasModifier(modifier))
            {
                suggestions.Add(new CodingSuggestion(SuggestionKind.AddModifier, line.Number, $"lines[{line.Number}].modifiers",
                    string.Join(' ', line.Modifiers), modifier, $"Telehealth service: {profile.RuleSet} wants modifier {modifier} on each line."));
            }
        }
    }

    private static void SuggestModifier25(Claim claim, CodingNote note, List<CodingSuggestion> suggestions)
    {
        foreach (var line in claim.Lines)
        {
            if (!EvaluationAndManagementCodes.IsEvaluationAndManagement(line.ProcedureCode) || line.HasModifier("25"))
            {
                continue;
            }

            bool procedureSameDay = claim.Lines.Any(other => other.ServiceDate == line.ServiceDate
                && !EvaluationAndManagementCodes.IsEvaluationAndManagement(other.ProcedureCode));
            if (procedureSameDay && note.SeparateEvaluationDocumented)
            {
                suggestions.Add(new CodingSuggestion(SuggestionKind.AddModifier, line.Number, $"lines[{line.Number}].modifiers",
                    string.Join(' ', line.Modifiers), "25",
                    "The note documents a significant, separately identifiable E/M service on the day of another procedure; modifier 25 tells the payer so."));
            }
        }
    }

    private static void SuggestDiagnosisPointers(Claim claim, List<CodingSuggestion> suggestions)
    {
        if (claim.Kind != ClaimKind.Professional || claim.Diagnoses.Count == 0)
        {
            return;
        }

        foreach (var line in claim.Lines.Where(l => l.DiagnosisPointers.Count == 0))
        {
            suggestions.Add(new CodingSuggestion(SuggestionKind.DiagnosisPointers, line.Number, $"lines[{line.Number}].diagnosisPointers", "", "1",
                "Every line must point to the diagnosis it treats; the principal diagnosis is listed first."));
        }

        bool principalFirstSomewhere = claim.Lines.Any(l => l.DiagnosisPointers.Count > 0 && l.DiagnosisPointers[0] == 1);
        var firstLine = claim.Lines.FirstOrDefault(l => l.DiagnosisPointers.Count > 0);
        if (!principalFirstSomewhere && firstLine is not null)
        {
            var reordered = new[] { 1 }.Concat(firstLine.DiagnosisPointers.Where(p => p != 1)).Take(4);
            suggestions.Add(new CodingSuggestion(SuggestionKind.DiagnosisPointers, firstLine.Number, $"lines[{firstLine.Number}].diagnosisPointers",
                string.Join(',', firstLine.DiagnosisPointers), string.Join(',', reordered),
                "No line names the principal diagnosis first; payers read the first pointer as the reason for the service."));
        }

        for (int d = 2; d <= claim.Diagnoses.Count; d++)
        {
            if (!claim.Lines.Any(l => l.DiagnosisPointers.Contains(d)))
            {
                suggestions.Add(new CodingSuggestion(SuggestionKind.DiagnosisPointers, null, $"diagnoses[{d}]", claim.Diagnoses[d - 1].Code, "",
                    $"Diagnosis {d} ({claim.Diagnoses[d - 1].Code}) is not pointed to by any line: point the line it supports to it, or drop it."));
            }
        }
    }
}
