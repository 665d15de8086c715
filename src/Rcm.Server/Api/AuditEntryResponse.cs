namespace Rcm.Server.Api;

/// <summary>One audit row: who, what, when, from where.</summary>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string? Ip, string Action, string EntityType, long? EntityId, string? Detail);
