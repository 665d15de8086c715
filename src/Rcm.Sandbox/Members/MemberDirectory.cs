using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Members;

/// <summary>
/// Every member of one sandbox run, scenario and generated, found the way payers search: by payer and member id, then
/// narrowed by name and birth date when several people share the id (a subscriber and dependents).
/// </summary>
public sealed class MemberDirectory
{
    private readonly Dictionary<(string Payer, string Id), List<Member>> _byId = [];

    public MemberDirectory(IEnumerable<Member> scenario, IEnumerable<Member> generated)
    {
        Scenario = [.. scenario];
        Generated = [.. generated];
        foreach (Member member in Scenario.Concat(Generated))
        {
            var key = (member.PayerId.ToUpperInvariant(), member.MemberId.ToUpperInvariant());
            if (!_byId.TryGetValue(key, out List<Member>? list))
            {
                _byId[key] = list = [];
            }

            list.Add(member);
        }
    }

    public IReadOnlyList<Member> Scenario { get; }

    public IReadOnlyList<Member> Generated { get; }

    public static MemberDirectory Create(SandboxData data, int? seedOverride)
    {
        int seed = seedOverride ?? data.Seed;
        var today = DateOnly.FromDateTime(data.ClockStart.UtcDateTime);
        return new MemberDirectory(data.Members, MemberGenerator.Generate(data.Payers, data.GeneratedMembersPerPayer, seed, today));
    }

    /// <summary>All people under one member id at one payer (subscriber first, then dependents).</summary>
    public IReadOnlyList<Member> ById(string payerId, string memberId) =>
        _byId.TryGetValue((payerId.ToUpperInvariant(), memberId.Trim().ToUpperInvariant()), out List<Member>? list) ? list : [];

    /// <summary>
    /// Finds the covered person a request means. With a patient name and birth date beyond the subscriber's, the
    /// dependent is chosen; without, the subscriber (the person whose own record this is, not a dependent).
    /// </summary>
    public MemberMatch Find(string payerId, string memberId, string? lastName, string? firstName, DateOnly? birthDate)
    {
        IReadOnlyList<Member> candidates = ById(payerId, memberId);
        if (candidates.Count == 0)
        {
            return MemberMatch.NotFound;
        }

        Member? exact = candidates.FirstOrDefault(m => Matches(m.Person, lastName, firstName, birthDate));
        if (exact is not null)
        {
            return new MemberMatch(exact, NameMismatch: false);
        }

        // The id exists but the person does not match. If the caller named the subscriber of a dependent-only record,
        // answer for the subscriber as payers do (the subscriber is on file through the dependent's coverage).
        Member? bySubscriber = candidates.FirstOrDefault(m => m.Subscriber is not null && Matches(m.Subscriber, lastName, firstName, birthDate));
        if (bySubscriber is not null)
        {
            return new MemberMatch(bySubscriber, NameMismatch: false, IsSubscriberOnly: true);
        }

        return new MemberMatch(candidates[0], NameMismatch: true);
    }

    /// <summary>Search by name and birth date only (portal search, 270 without id).</summary>
    public IEnumerable<Member> FindByPerson(string payerId, string lastName, DateOnly birthDate) =>
        Scenario.Concat(Generated).Where(m =>
            string.Equals(m.PayerId, payerId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(m.Person.LastName, lastName.Trim(), StringComparison.OrdinalIgnoreCase)
            && m.Person.BirthDate == birthDate);

    private static bool Matches(Person person, string? lastName, string? firstName, DateOnly? birthDate) =>
        (string.IsNullOrWhiteSpace(lastName) || string.Equals(person.LastName, lastName.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(firstName) || string.Equals(person.FirstName, firstName.Trim(), StringComparison.OrdinalIgnoreCase))
        && (birthDate is null || person.BirthDate == birthDate);
}
