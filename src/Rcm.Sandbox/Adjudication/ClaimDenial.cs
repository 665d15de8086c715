namespace Rcm.Sandbox.Adjudication;

/// <summary>A reason to deny a whole claim or one line: CAS group and CARC, plus the RARC remarks that go with it.</summary>
public sealed record ClaimDenial(string Group, string Reason, IReadOnlyList<string> Remarks)
{
    public static ClaimDenial Of(string group, string reason, params string[] remarks) => new(group, reason, remarks);
}
