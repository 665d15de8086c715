using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Tests.Validation;

/// <summary>The example payer rule files shipped in src/Rcm.Core/Validation/PayerRules/Examples.</summary>
public static class PayerRuleExamples
{
    public static string Folder => Path.Combine(RepoPaths.Root, "src", "Rcm.Core", "Validation", "PayerRules", "Examples");

    public static PayerRuleSet Acme() => PayerRuleSetReader.ReadFile(Path.Combine(Folder, "acme-health-2026.1.json"));

    public static PayerRuleSet[] All() => PayerRuleBook.Load(Folder).Sets.ToArray();
}
