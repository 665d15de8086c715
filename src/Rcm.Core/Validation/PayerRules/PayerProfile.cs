using System.Collections.Frozen;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// What validation and coding support know about one payer for one date range: its limits and habits, and its rules.
/// Built from a payer rule file (<see cref="PayerRuleSetReader"/>); an unknown payer gets <see cref="Default"/>.
/// </summary>
public sealed class PayerProfile
{
    private static readonly FrozenDictionary<string, string> NoCredentialModifiers =
        FrozenDictionary<string, string>.Empty;

    public PayerProfile(
        string ruleSet,
        string version,
        DateOnly effective,
        int timelyFilingDays,
        TimeUnitRule timeUnitRule,
        TelehealthPolicy telehealth,
        IReadOnlyDictionary<string, string>? credentialModifiers,
        IReadOnlyList<PayerRule> rules)
    {
        RuleSet = ruleSet;
        Version = version;
        Effective = effective;
        TimelyFilingDays = timelyFilingDays;
        TimeUnitRule = timeUnitRule;
        Telehealth = telehealth;
        CredentialModifiers = credentialModifiers is null
            ? NoCredentialModifiers
            : credentialModifiers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Rules = rules;
    }

    /// <summary>
    /// No payer-specific knowledge: 365 days of timely filing (the Medicare limit, 42 CFR 424.44, and the longest common
    /// commercial one), the CMS 8-minute rule, CMS telehealth coding, no payer rules.
    /// </summary>
    public static PayerProfile Default { get; } =
        new("default", "0", DateOnly.MinValue, 365, TimeUnitRule.Cms8Minute, TelehealthPolicy.Cms, null, []);

    public string RuleSet { get; }
    public string Version { get; }
    public DateOnly Effective { get; }
    public int TimelyFilingDays { get; }
    public TimeUnitRule TimeUnitRule { get; }
    public TelehealthPolicy Telehealth { get; }

    /// <summary>Credential → modifier the payer wants on the rendering clinician's lines (e.g. BCaBA → HN).</summary>
    public FrozenDictionary<string, string> CredentialModifiers { get; }

    public IReadOnlyList<PayerRule> Rules { get; }
}
