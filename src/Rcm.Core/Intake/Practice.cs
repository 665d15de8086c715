namespace Rcm.Core.Intake;

/// <summary>A practice: the tenant. Every other row belongs to exactly one practice.</summary>
public sealed class Practice
{
    private Practice() { }

    public Practice(string name, string displayName, DateTimeOffset at)
    {
        if (!IsValidName(name)) throw new ArgumentException("Practice name must be 2-40 lowercase letters, digits or hyphens.", nameof(name));
        Name = name;
        DisplayName = displayName;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    /// <summary>Short unique handle used by the CLI and the practice switcher, e.g. <c>demo</c>.</summary>
    public string Name { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string? Npi { get; private set; }
    public string? TaxId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void SetBillingIdentity(string? npi, string? taxId)
    {
        Npi = npi;
        TaxId = taxId;
    }

    public static bool IsValidName(string? name) =>
        name is { Length: >= 2 and <= 40 } && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
