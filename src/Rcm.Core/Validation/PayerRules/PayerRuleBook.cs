using System.Collections.Frozen;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// Every payer rule set version known, indexed by payer id. For a claim it picks the version in force on the claim's first
/// date of service (the latest version whose effective date is on or before it), so a rule change never rewrites how older
/// claims are judged. Immutable and thread-safe once built.
/// </summary>
public sealed class PayerRuleBook
{
    private readonly FrozenDictionary<string, PayerRuleSet[]> _byPayer;

    public PayerRuleBook(IEnumerable<PayerRuleSet> sets)
    {
        var all = sets.ToArray();
        var versions = new HashSet<(string, string)>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in all)
        {
            if (!versions.Add((set.Name, set.Version)))
            {
                throw new PayerRuleFormatException(set.Name, $"version {set.Version} of rule set {set.Name} is loaded twice");
            }

            // A rule id is permanent: versions of one rule set may repeat it, another rule set may not take it.
            foreach (var rule in set.Profile.Rules)
            {
                if (owners.TryGetValue(rule.Descriptor.Id, out var owner) && owner != set.Name)
                {
                    throw new PayerRuleFormatException(set.Name, $"rule id {rule.Descriptor.Id} already belongs to rule set {owner}");
                }

                owners[rule.Descriptor.Id] = set.Name;
            }
        }

        _byPayer = all
            .SelectMany(set => set.PayerIds.Select(payer => (payer, set)))
            .GroupBy(pair => pair.payer, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.Select(pair => pair.set).OrderBy(set => set.Effective).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        Sets = all;
    }

    public static PayerRuleBook Empty { get; } = new([]);

    public IReadOnlyList<PayerRuleSet> Sets { get; }

    /// <summary>Reads every *.json file of a folder, or one file.</summary>
    public static PayerRuleBook Load(string path)
    {
        if (File.Exists(path))
        {
            return new PayerRuleBook([PayerRuleSetReader.ReadFile(path)]);
        }

        if (!Directory.Exists(path))
        {
            throw new PayerRuleFormatException(path, "no such payer rule file or folder");
        }

        return new PayerRuleBook(Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).Select(PayerRuleSetReader.ReadFile));
    }

    /// <summary>The profile in force for the payer on the date, or <see cref="PayerProfile.Default"/>.</summary>
    public PayerProfile ProfileFor(string payerId, DateOnly on)
    {
        if (!_byPayer.TryGetValue(payerId, out var versions))
        {
            return PayerProfile.Default;
        }

        PayerProfile? chosen = null;
        foreach (var set in versions)
        {
            if (set.Effective <= on)
            {
                chosen = set.Profile;
            }
        }

        return chosen ?? PayerProfile.Default;
    }
}
