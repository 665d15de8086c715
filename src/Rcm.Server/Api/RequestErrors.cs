using Rcm.Core.Shared;

namespace Rcm.Server.Api;

/// <summary>Collects every field error of a request (not just the first), keyed by JSON field name.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public string? Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "Required."); return null; }
        return Optional(field, value, maxLength);
    }

    public string? Optional(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length > maxLength) Add(field, $"At most {maxLength} characters.");
        return v;
    }

    public Npi? Npi(string field, string? value, bool required)
    {
        if (!required && string.IsNullOrWhiteSpace(value)) return null;
        if (Core.Shared.Npi.TryParse(value, out var npi, out var reason)) return npi;
        Add(field, reason!);
        return null;
    }

    public string? TaxId(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Core.Shared.TaxId.TryNormalize(value, out var digits, out var reason)) return digits;
        Add(field, reason!);
        return null;
    }

    public Address? Address(string field, AddressDto? a, bool required)
    {
        if (a is null)
        {
            if (required) Add(field, "Required.");
            return null;
        }
        var line1 = Required(field + ".line1", a.Line1, 200);
        var line2 = Optional(field + ".line2", a.Line2, 200);
        var city = Required(field + ".city", a.City, 100);
        var state = Required(field + ".state", a.State, 2);
        if (state is not null && (state.Length != 2 || !state.All(char.IsAsciiLetterUpper))) Add(field + ".state", "Two capital letters (USPS code).");
        var zip = Required(field + ".postalCode", a.PostalCode, 10);
        if (zip is not null && !(zip.Length is 5 or 9 && zip.All(char.IsAsciiDigit))) Add(field + ".postalCode", "5 or 9 digits, no hyphen.");
        return line1 is null || city is null || state is null || zip is null ? null : new Address(line1, line2, city, state, zip);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
}
