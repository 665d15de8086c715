namespace Rcm.Core.Validation.Rules;

/// <summary>MOD001: at most four modifiers per line, each a known two-character CPT/HCPCS modifier, none repeated.</summary>
public sealed class ModifierRule : ClaimRule
{
    public static readonly RuleDescriptor Rule = new("MOD001", FindingSeverity.Block, "Modifier unknown, repeated or more than four");

    public ModifierRule() : base(Rule)
    {
    }

    public override void Check(in ClaimValidationContext context, FindingCollector findings)
    {
        foreach (var line in context.Claim.Lines)
        {
            var modifiers = line.Modifiers;
            if (modifiers.Count > 4)
            {
                // X222A1 2400 SV101-3..6: four modifier positions.
                Report(findings, LineField(line.Number, "modifiers"), line.Number, $"The line has {modifiers.Count} modifiers; a claim line holds four.", "Keep the four modifiers that affect payment, pricing first.");
            }

            for (int i = 0; i < modifiers.Count; i++)
            {
                var modifier = modifiers[i];
                if (modifier.Length != 2 || !context.Codes.IsModifier(modifier, line.ServiceDate))
                {
                    Report(findings, LineField(line.Number, "modifiers"), line.Number, $"'{modifier}' is not a CPT or HCPCS modifier.", "Remove or correct the modifier.");
                }

                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(modifiers[j], modifier, StringComparison.Ordinal))
                    {
                        Report(findings, LineField(line.Number, "modifiers"), line.Number, $"Modifier '{modifier}' is on the line twice.", "Remove the repeated modifier.");
                        break;
                    }
                }
            }
        }
    }
}
