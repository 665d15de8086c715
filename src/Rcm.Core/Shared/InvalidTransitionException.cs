namespace Rcm.Core.Shared;

/// <summary>A guarded state change that is not allowed from the current state (HTTP 409).</summary>
public sealed class InvalidTransitionException(string entity, string message) : InvalidOperationException(message)
{
    public string Entity { get; } = entity;
}
