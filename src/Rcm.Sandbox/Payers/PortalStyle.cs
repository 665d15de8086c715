namespace Rcm.Sandbox.Payers;

/// <summary>How a payer's portal lays out results: a classic table, or cards (one box per record).</summary>
public enum PortalStyle
{
    Table,
    Cards,
}
