namespace Rcm.Sandbox.Members;

/// <summary>A stable key for one covered person (several people can share a member id).</summary>
public static class MemberKey
{
    public static string Of(Member member) =>
        $"{member.PayerId}|{member.MemberId}|{member.Person.FirstName}|{member.Person.BirthDate:yyyyMMdd}".ToUpperInvariant();
}
