namespace Rcm.Sandbox.Members;

/// <summary>
/// The result of a member search. <see cref="NameMismatch"/>: the id exists but the name or birth date given does not
/// match anyone under it (271 AAA 73/71, claim CO-31). <see cref="IsSubscriberOnly"/>: the caller named the subscriber
/// of a dependent's coverage.
/// </summary>
public sealed record MemberMatch(Member? Member, bool NameMismatch, bool IsSubscriberOnly = false)
{
    public static MemberMatch NotFound { get; } = new(null, false);

    public bool Found => Member is not null && !NameMismatch;
}
