namespace Rcm.Core.Validation;

/// <summary>Whether a finding holds the claim back (<see cref="Block"/>) or travels with it as advice (<see cref="Warn"/>).</summary>
public enum FindingSeverity
{
    Warn,
    Block,
}
