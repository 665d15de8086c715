namespace Rcm.Sandbox.Hosting;

/// <summary>Body of <c>POST /control/clock</c> (set) and <c>POST /control/clock/advance</c> (move forward).</summary>
public sealed record ClockMove
{
    public DateTimeOffset? Now { get; init; }

    public bool? Frozen { get; init; }

    public double Days { get; init; }

    public double Hours { get; init; }

    public double Minutes { get; init; }
}
