using Rcm.X12.Transactions;

namespace Rcm.X12.Tests.Properties;

/// <summary>Random but valid X12 values from a fixed seed: no delimiters in text, money in cents, real dates.</summary>
public sealed class RandomX12Values(int seed)
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public Random Random { get; } = new(seed);

    public bool Chance(int percent) => Random.Next(100) < percent;

    public int Between(int min, int max) => Random.Next(min, max + 1);

    public T Pick<T>(params T[] values) => values[Random.Next(values.Length)];

    public string Word(int min = 3, int max = 12) => Text(Letters, Between(min, max));

    public string Id(int length = 10) => Text(Alphanumeric, length);

    public string Digits(int length) => Text("0123456789", length);

    /// <summary>A multi-word name with spaces and punctuation X12 allows.</summary>
    public string Phrase() => $"{Word()} {Word(2, 8)}{(Chance(30) ? " & " + Word(2, 6) : string.Empty)}";

    public decimal Money(int maxDollars = 5000) => Random.Next(0, maxDollars * 100) / 100m;

    public DateOnly Date() => new DateOnly(2020, 1, 1).AddDays(Random.Next(0, 2000));

    public string? Maybe(string value, int percent = 50) => Chance(percent) ? value : null;

    public List<T> Several<T>(int min, int max, Func<int, T> make) => [.. Enumerable.Range(0, Between(min, max)).Select(make)];

    public X12Name Person(string entity) => new()
    {
        EntityIdentifier = entity,
        EntityType = "1",
        LastOrOrganizationName = Word(),
        FirstName = Word(),
        MiddleName = Maybe(Word(1, 1)),
        Suffix = Maybe("JR", 10),
        IdentifierQualifier = "MI",
        Identifier = Id(),
    };

    public X12Name Organization(string entity, string qualifier) => new()
    {
        EntityIdentifier = entity,
        EntityType = "2",
        LastOrOrganizationName = Phrase(),
        IdentifierQualifier = qualifier,
        Identifier = Digits(10),
    };

    public X12Address Address() => new()
    {
        Line1 = $"{Between(1, 9999)} {Word()} ST",
        Line2 = Maybe($"STE {Between(1, 900)}", 30),
        City = Word(),
        State = Pick("NY", "CA", "TX", "MN"),
        PostalCode = Digits(9),
    };

    public X12Reference Reference(string qualifier) => new() { Qualifier = qualifier, Value = Id(Between(4, 12)) };

    public X12Procedure Procedure(string qualifier = "HC") => new()
    {
        Qualifier = qualifier,
        Code = Pick("99213", "99214", "J3301", "85025", "93005", "A0428", "97110"),
        Modifiers = Several(0, 4, _ => Pick("25", "59", "GT", "RT", "LT", "95", "XU")),
    };

    public X12DateValue D8(string qualifier) => new() { Qualifier = qualifier, Format = "D8", Date = Date() };

    public X12DateValue Range(string qualifier)
    {
        DateOnly start = Date();
        return new X12DateValue { Qualifier = qualifier, Format = "RD8", Date = start, EndDate = start.AddDays(Between(0, 30)) };
    }

    public X12Demographics Demographics() => new() { BirthDate = new DateOnly(1940, 1, 1).AddDays(Random.Next(0, 25000)), Gender = Pick("F", "M") };

    /// <summary>Adjustments grouped by group code, as the writer packs them (one CAS per group).</summary>
    public List<X12Adjustment> Adjustments(int max) => [.. Several(0, max, _ => new X12Adjustment
    {
        GroupCode = Pick("CO", "PR", "OA"),
        ReasonCode = Pick("1", "2", "3", "45", "97", "253", "B7"),
        Amount = Money(500),
        Quantity = Chance(20) ? Between(1, 5) : null,
    }).GroupBy(a => a.GroupCode).SelectMany(g => g)];

    private string Text(string alphabet, int length)
    {
        Span<char> chars = stackalloc char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[Random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
