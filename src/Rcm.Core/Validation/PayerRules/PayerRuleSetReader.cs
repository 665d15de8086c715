using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Rcm.Core.Claims;

namespace Rcm.Core.Validation.PayerRules;

/// <summary>
/// Reads a payer rule file (JSON, format in docs/rules.md) into a <see cref="PayerRuleSet"/>. Strict: an unknown key, a
/// missing message or fix, a malformed id or an empty requirement is an error naming the file and the rule, because a rule
/// that silently does nothing is how the same denial comes back.
/// </summary>
public static class PayerRuleSetReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static PayerRuleSet ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

    public static PayerRuleSet Read(string json, string sourceName)
    {
        PayerRuleFileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<PayerRuleFileModel>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new PayerRuleFormatException(sourceName, $"not a valid payer rule file: {ex.Message}", ex);
        }

        if (model is null)
        {
            throw new PayerRuleFormatException(sourceName, "the file is empty");
        }

        string name = Required(model.RuleSet, sourceName, "ruleSet");
        string version = Required(model.Version, sourceName, "version");
        DateOnly effective = ParseDate(Required(model.Effective, sourceName, "effective"), sourceName, "effective");
        if (model.PayerIds is not { Count: > 0 } payerIds)
        {
            throw new PayerRuleFormatException(sourceName, "payerIds must list at least one payer id");
        }

        var rules = new List<PayerRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in model.Rules ?? [])
        {
            var compiled = Compile(rule, sourceName);
            if (!seen.Add(compiled.Descriptor.Id))
            {
                throw new PayerRuleFormatException(sourceName, $"rule id {compiled.Descriptor.Id} is used twice");
            }

            rules.Add(compiled);
        }

        var profile = model.Profile;
        var defaults = PayerProfile.Default;
        var telehealth = profile?.Telehealth is { } t
            ? new TelehealthPolicy(
                t.HomePlaceOfService ?? defaults.Telehealth.HomePlaceOfService,
                t.OtherPlaceOfService ?? defaults.Telehealth.OtherPlaceOfService,
                t.Modifier)
            : defaults.Telehealth;
        int timelyFilingDays = profile?.TimelyFilingDays ?? defaults.TimelyFilingDays;
        if (timelyFilingDays <= 0)
        {
            throw new PayerRuleFormatException(sourceName, "profile.timelyFilingDays must be a positive number of days");
        }

        var compiledProfile = new PayerProfile(
            name,
            version,
            effective,
            timelyFilingDays,
            ParseTimeUnitRule(profile?.TimeUnitRule, sourceName),
            telehealth,
            profile?.CredentialModifiers,
            rules);
        return new PayerRuleSet(name, version, effective, payerIds, compiledProfile);
    }

    private static PayerRule Compile(PayerRuleModel rule, string source)
    {
        string id = Required(rule.Id, source, "rules[].id");
        if (id.Length != 6 || !id.StartsWith("PAY", StringComparison.Ordinal) || id.AsSpan(3).ContainsAnyExceptInRange('0', '9'))
        {
            throw new PayerRuleFormatException(source, $"rule id '{id}' must be PAY followed by three digits (e.g. PAY101)");
        }

        string where = $"rule {id}";
        var severity = Required(rule.Severity, source, $"{where}: severity") switch
        {
            "block" => FindingSeverity.Block,
            "warn" => FindingSeverity.Warn,
            var other => throw new PayerRuleFormatException(source, $"{where}: severity '{other}' must be block or warn"),
        };
        var descriptor = new RuleDescriptor(id, severity, Required(rule.Title, source, $"{where}: title"));
        var require = CompileRequirement(rule.Require, source, where);
        var when = CompileCondition(rule.When, source, where);
        return new PayerRule(
            descriptor,
            when,
            require,
            Required(rule.Message, source, $"{where}: message"),
            Required(rule.Fix, source, $"{where}: fix"),
            rule.From is null ? null : ParseDate(rule.From, source, $"{where}: from"),
            rule.To is null ? null : ParseDate(rule.To, source, $"{where}: to"));
    }

    private static PayerRuleCondition CompileCondition(ConditionModel? when, string source, string where)
    {
        if (when is null)
        {
            return new PayerRuleCondition();
        }

        return new PayerRuleCondition
        {
            ProcedureCodes = Set(when.ProcedureCodes),
            PlacesOfService = Set(when.PlacesOfService),
            Credentials = Set(when.Credentials, StringComparer.OrdinalIgnoreCase),
            Taxonomies = Set(when.Taxonomies),
            ModifiersPresent = Set(when.ModifiersPresent),
            ModifiersAbsent = Set(when.ModifiersAbsent),
            UnitsOver = when.UnitsOver,
            DiagnosisPrefixes = when.DiagnosisPrefixes?.Select(Diagnosis.Normalize).ToArray(),
            Telehealth = when.Telehealth?.Select(value => value switch
            {
                "none" => TelehealthSetting.None,
                "patientHome" => TelehealthSetting.PatientHome,
                "otherThanHome" => TelehealthSetting.OtherThanHome,
                _ => throw new PayerRuleFormatException(source, $"{where}: telehealth '{value}' must be none, patientHome or otherThanHome"),
            }).ToArray(),
        };
    }

    private static PayerRuleRequirement CompileRequirement(RequirementModel? require, string source, string where)
    {
        if (require is null)
        {
            throw new PayerRuleFormatException(source, $"{where}: require is missing; a rule must demand something");
        }

        FrozenSet<string>? attachment = null;
        if (require.Attachment is { } element)
        {
            attachment = element.ValueKind switch
            {
                JsonValueKind.True => FrozenSet<string>.Empty,
                JsonValueKind.Array => element.EnumerateArray().Select(e => e.GetString() ?? "").ToFrozenSet(StringComparer.Ordinal),
                _ => throw new PayerRuleFormatException(source, $"{where}: attachment must be true or a list of report type codes"),
            };
        }

        var compiled = new PayerRuleRequirement
        {
            Modifiers = require.Modifiers?.ToArray(),
            AnyModifier = Set(require.AnyModifier),
            ForbiddenModifiers = Set(require.ForbiddenModifiers),
            PriorAuthorization = require.PriorAuthorization ?? false,
            Attachment = attachment,
            MaxUnits = require.MaxUnits,
            PlacesOfService = Set(require.PlacesOfService),
        };
        if (compiled.Modifiers is null && compiled.AnyModifier is null && compiled.ForbiddenModifiers is null
            && !compiled.PriorAuthorization && compiled.Attachment is null && compiled.MaxUnits is null
            && compiled.PlacesOfService is null)
        {
            throw new PayerRuleFormatException(source, $"{where}: require is empty; a rule must demand something");
        }

        return compiled;
    }

    private static TimeUnitRule ParseTimeUnitRule(string? value, string source) => value switch
    {
        null or "cms8Minute" => TimeUnitRule.Cms8Minute,
        "midpoint" => TimeUnitRule.Midpoint,
        "wholeUnits" => TimeUnitRule.WholeUnits,
        _ => throw new PayerRuleFormatException(source, $"profile.timeUnitRule '{value}' must be cms8Minute, midpoint or wholeUnits"),
    };

    private static FrozenSet<string>? Set(List<string>? values, StringComparer? comparer = null) =>
        values is null ? null : values.ToFrozenSet(comparer ?? StringComparer.Ordinal);

    private static string Required(string? value, string source, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new PayerRuleFormatException(source, $"{field} is required") : value;

    private static DateOnly ParseDate(string value, string source, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new PayerRuleFormatException(source, $"{field} '{value}' must be a date like 2026-01-01");
}
