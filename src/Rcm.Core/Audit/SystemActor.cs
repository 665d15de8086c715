namespace Rcm.Core.Audit;

/// <summary>An actor that is the platform itself (CLI, seeding, jobs).</summary>
public sealed class SystemActor(string name) : IActorContext
{
    public string Actor { get; } = "system:" + name;
    public string? Ip => null;
}
