namespace Rcm.X12.Writing;

/// <summary>
/// Hands out envelope control numbers. Injected so output is reproducible byte for byte (tests and replays use a
/// fixed sequence) and so a production sender can persist the last number used per trading partner.
/// </summary>
public interface IControlNumberSource
{
    /// <summary>The next number for <paramref name="kind"/>; must be positive and fit the element (≤ 999,999,999).</summary>
    long Next(X12ControlNumberKind kind);
}
