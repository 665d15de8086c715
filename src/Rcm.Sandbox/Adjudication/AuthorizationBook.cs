using System.Collections.Concurrent;
using Rcm.Sandbox.Members;

namespace Rcm.Sandbox.Adjudication;

/// <summary>
/// Prior-authorization cases per member: those in the data file plus those decided by 278 requests during the run.
/// </summary>
public sealed class AuthorizationBook
{
    private readonly ConcurrentDictionary<string, List<AuthorizationCase>> _byMember = new();
    private int _sequence;

    public IReadOnlyList<AuthorizationCase> For(Member member)
    {
        List<AuthorizationCase> list = _byMember.GetOrAdd(MemberKey.Of(member), _ => [.. member.Authorizations]);
        lock (list)
        {
            return [.. list];
        }
    }

    public AuthorizationCase Add(Member member, string procedure, string status, DateOnly from, DateOnly to, int units)
    {
        List<AuthorizationCase> list = _byMember.GetOrAdd(MemberKey.Of(member), _ => [.. member.Authorizations]);
        var created = new AuthorizationCase
        {
            Number = $"AUTH{member.PayerId[^2..]}{Interlocked.Increment(ref _sequence) + 100:D4}",
            Procedure = procedure,
            Status = status,
            From = from,
            To = to,
            Units = units,
        };
        lock (list)
        {
            list.Add(created);
        }

        return created;
    }

    public AuthorizationCase? Find(Member member, string number) =>
        For(member).FirstOrDefault(a => string.Equals(a.Number, number.Trim(), StringComparison.OrdinalIgnoreCase));
}
