namespace Rcm.Sandbox.Members;

/// <summary>
/// A prior-authorization case on file: approved (<c>A1</c>), pended (<c>A4</c>) or denied (<c>A3</c>) per HCR01 of
/// the 278 response, for one procedure over a date range.
/// </summary>
public sealed record AuthorizationCase
{
    public required string Number { get; init; }

    public required string Procedure { get; init; }

    /// <summary>HCR01 action code: A1 certified in total, A3 not certified, A4 pended.</summary>
    public string Status { get; init; } = "A1";

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public int Units { get; init; } = 1;

    public bool Covers(string procedure, DateOnly serviceDate) =>
        Status == "A1" && procedure == Procedure && serviceDate >= From && serviceDate <= To;
}
