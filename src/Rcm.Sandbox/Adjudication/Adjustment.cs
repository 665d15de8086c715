namespace Rcm.Sandbox.Adjudication;

/// <summary>One CAS adjustment: group (CO, PR, OA, PI, CR), CARC reason and amount.</summary>
public sealed record Adjustment(string Group, string Reason, decimal Amount)
{
    public Adjustment Negated() => this with { Amount = -Amount };
}
