namespace Rcm.Core.Claims.Workflow;

/// <summary>
/// One step in a claim's life (created, revised, validated, submit refused, queued…), kept with the claim for its page.
/// The same changes also reach the audit trail through <see cref="Shared.TenantEntity"/>. Details carry codes, never PHI.
/// </summary>
public sealed class ClaimEvent
{
    private ClaimEvent() { }

    public ClaimEvent(int sequence, DateTimeOffset at, string kind, string? detail)
    {
        Sequence = sequence;
        At = at;
        Kind = kind;
        Detail = detail;
    }

    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Kind { get; private set; } = "";
    public string? Detail { get; private set; }
}
