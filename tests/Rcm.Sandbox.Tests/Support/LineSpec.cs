namespace Rcm.Sandbox.Tests.Support;

/// <summary>A test service line.</summary>
public sealed record LineSpec(string Procedure, decimal Charge, DateOnly Date, params string[] Modifiers)
{
    public decimal Units { get; init; } = 1;

    public string? RevenueCode { get; init; }
}
