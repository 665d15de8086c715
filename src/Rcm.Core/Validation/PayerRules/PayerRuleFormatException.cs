namespace Rcm.Core.Validation.PayerRules;

/// <summary>A payer rule file that cannot be used; the message names the file and, when known, the rule at fault.</summary>
public sealed class PayerRuleFormatException : Exception
{
    public PayerRuleFormatException(string ruleFile, string message, Exception? inner = null)
        : base($"{ruleFile}: {message}", inner)
    {
        RuleFile = ruleFile;
    }

    /// <summary>The file (or source name) that holds the bad rule.</summary>
    public string RuleFile { get; } = "";
}
