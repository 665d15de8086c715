namespace Rcm.Core.Audit;

/// <summary>
/// Who is acting and from where, for the audit trail. Two implementations: the HTTP request's principal
/// (Rcm.Server) and <see cref="SystemActor"/> for the CLI, seeding and background jobs.
/// </summary>
public interface IActorContext
{
    /// <summary>Stable, PHI-free actor id such as <c>user:3f2a…</c>, <c>apikey:rk_ab12cd</c>, <c>system:seed</c>.</summary>
    string Actor { get; }

    /// <summary>Remote IP address, or null when not from the network.</summary>
    string? Ip { get; }
}
