namespace Rcm.Sandbox.Payers;

/// <summary>
/// What a payer allows for a procedure: a listed fee per unit, or a share of the billed charge for unlisted codes.
/// The allowed amount never exceeds the charge (payers pay the lesser of charge or fee schedule).
/// </summary>
public sealed record FeeSchedule
{
    public decimal DefaultShareOfCharge { get; init; } = 0.6m;

    public IReadOnlyDictionary<string, decimal> Fees { get; init; } = new Dictionary<string, decimal>();

    public decimal Allowed(string procedure, decimal charge, decimal units)
    {
        decimal allowed = Fees.TryGetValue(procedure, out decimal fee)
            ? fee * Math.Max(units, 1)
            : charge * DefaultShareOfCharge;
        return Math.Round(Math.Min(allowed, charge), 2, MidpointRounding.AwayFromZero);
    }
}
