namespace Rcm.Core.Audit;

/// <summary>A state change recorded by a guarded method, waiting for the next save to become an <see cref="AuditEntry"/>.</summary>
internal sealed record EntityEvent(string Action, DateTimeOffset At, string? Detail);
